package se.stegvis.account.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.stegvis.account.AuditEntry;
import se.stegvis.account.AuditLog;
import se.stegvis.account.Role;
import se.stegvis.account.TenantGuard;
import se.stegvis.account.internal.InvitationRows.Invitation;

/**
 * An organisation's members, invitations and audit trail, for its org admins (and system
 * administrators): {@code /api/v1/organisations/{code}/…}. Tenant data: 404 for non-members.
 */
@RestController
@RequestMapping("/api/v1/organisations/{code}")
@Tag(name = "Medlemmar", description = "Organisationens medlemmar, inbjudningar och ändringslogg (organisationsadministratörer)")
class MemberApiController {

	private final MembershipAdministration members;

	private final Invitations invitations;

	private final TenantGuard guard;

	private final AuditLog audit;

	MemberApiController(MembershipAdministration members, Invitations invitations, TenantGuard guard, AuditLog audit) {
		this.members = members;
		this.invitations = invitations;
		this.guard = guard;
		this.audit = audit;
	}

	@GetMapping("/members")
	@Operation(summary = "Organisationens medlemmar med roll och senaste användning")
	List<MemberResponse> members(@PathVariable String code) {
		return this.members.members(code).stream().map(MemberResponse::from).toList();
	}

	@GetMapping("/members/inactive")
	@Operation(summary = "Medlemmar vars konton inte har använts under lagringstiden (24 månader om inget annat anges)")
	List<MemberResponse> inactive(@PathVariable String code) {
		return this.members.inactive(code).stream().map(MemberResponse::from).toList();
	}

	@PutMapping("/members/{username}")
	@Operation(summary = "Ändra en medlems roll", description = "{role}. Den sista organisationsadministratören kan inte få en annan roll (409).")
	MemberResponse changeRole(@PathVariable String code, @PathVariable String username, @RequestBody RoleRequest request) {
		return MemberResponse.from(this.members.changeRole(code, username, request.role()));
	}

	@DeleteMapping("/members/{username}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Ta bort en medlem", description = "Den sista organisationsadministratören kan inte tas bort (409). "
			+ "Var det personens sista medlemskap tas kontot bort.")
	void remove(@PathVariable String code, @PathVariable String username) {
		this.members.remove(code, username);
	}

	@GetMapping("/invitations")
	@Operation(summary = "Inbjudningar som inte har accepterats")
	List<InvitationResponse> invitations(@PathVariable String code) {
		return this.invitations.pending(code).stream().map((i) -> InvitationResponse.from(i, null, false)).toList();
	}

	@PostMapping("/invitations")
	@Operation(summary = "Bjud in en kollega", description = "{email, role}. Svaret innehåller länken, som bara visas nu.")
	ResponseEntity<InvitationResponse> invite(@PathVariable String code, @RequestBody InvitationRequest request) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/inbjudan/").toUriString();
		Invitations.Issued issued = this.invitations.invite(code, request.email(), request.role(), base);
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + code + "/invitations/" + issued.invitation().id()))
			.body(InvitationResponse.from(issued.invitation(), issued.link(), issued.mailed()));
	}

	@DeleteMapping("/invitations/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Dra tillbaka en inbjudan")
	void revoke(@PathVariable String code, @PathVariable long id) {
		this.invitations.revoke(code, id);
	}

	@GetMapping("/audit")
	@Operation(summary = "Organisationens ändringslogg, nyaste först")
	List<AuditEntry> audit(@PathVariable String code) {
		this.guard.requireRole(code, Role.ORG_ADMIN);
		return this.audit.forOrganisation(code, 500);
	}

	record RoleRequest(@Nullable String role) {
	}

	record InvitationRequest(@Nullable String email, @Nullable String role) {
	}

	record MemberResponse(String username, String displayName, @Nullable String email, Role role, Instant memberSince,
			Instant lastUsed) {

		static MemberResponse from(MemberRow row) {
			return new MemberResponse(row.username(), row.displayName(), row.email(), row.role(), row.memberSince(),
					row.lastUsed());
		}

	}

	record InvitationResponse(long id, String organisationCode, String email, Role role, Instant createdAt,
			Instant expiresAt, @Nullable String link, boolean mailed) {

		static InvitationResponse from(Invitation i, @Nullable String link, boolean mailed) {
			return new InvitationResponse(i.id(), i.organisationCode(), i.email(), i.role(), i.createdAt(), i.expiresAt(),
					link, mailed);
		}

	}

}

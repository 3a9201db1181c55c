package se.stegvis.account.internal;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.stegvis.account.AccessToken;
import se.stegvis.account.CreatedAccessToken;
import se.stegvis.account.CurrentUser;
import se.stegvis.account.CurrentUsers;
import se.stegvis.account.Membership;
import se.stegvis.account.PersonalAccessTokens;
import se.stegvis.account.Role;

/** {@code /api/v1/me}: the caller's own account and personal access tokens (DESIGN.md §5). */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Mitt konto", description = "Den inloggade användaren och dess personliga API-token")
class MeApiController {

	private final CurrentUsers users;

	private final PersonalAccessTokens tokens;

	MeApiController(CurrentUsers users, PersonalAccessTokens tokens) {
		this.users = users;
		this.tokens = tokens;
	}

	@GetMapping
	@Operation(summary = "Den inloggade användaren med medlemskap och roller")
	MeResponse me() {
		return MeResponse.from(this.users.require());
	}

	@GetMapping("/tokens")
	@Operation(summary = "Mina API-token (utan hemligheten)")
	List<AccessToken> tokens() {
		return this.tokens.list(this.users.require());
	}

	@PostMapping("/tokens")
	@Operation(summary = "Skapa ett API-token", description = "Svaret innehåller token; det visas bara den här gången.")
	ResponseEntity<CreatedAccessToken> create(@RequestBody TokenRequest request) {
		CreatedAccessToken token = this.tokens.create(this.users.require(), request.name() == null ? "" : request.name());
		return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + token.id())).body(token);
	}

	@DeleteMapping("/tokens/{id}")
	@ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
	@Operation(summary = "Återkalla ett API-token; det slutar fungera direkt")
	void revoke(@PathVariable long id) {
		this.tokens.revoke(this.users.require(), id);
	}

	record TokenRequest(@Nullable String name) {
	}

	record MembershipResponse(String organisationCode, String organisationName, Role role) {
	}

	record MeResponse(long id, String username, String displayName, boolean systemAdmin,
			@Nullable String selectedOrganisationCode, List<MembershipResponse> memberships) {

		static MeResponse from(CurrentUser user) {
			return new MeResponse(user.id(), user.username(), user.displayName(), user.systemAdmin(),
					user.selectedOrganisationCode(), user.memberships()
						.stream()
						.map((Membership m) -> new MembershipResponse(m.organisationCode(), m.organisationName(), m.role()))
						.toList());
		}

	}

}

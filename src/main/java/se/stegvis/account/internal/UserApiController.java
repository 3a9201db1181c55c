package se.stegvis.account.internal;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.stegvis.account.AccountSummary;
import se.stegvis.account.CurrentUsers;
import se.stegvis.account.NewAccount;
import se.stegvis.account.UserAccounts;

/**
 * {@code /api/v1/users}: system administrators create and delete any account; org admins create accounts
 * with memberships of their own organisations (DESIGN.md §5).
 */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Användare", description = "Konton: skapas av systemadministratörer, eller av organisationsadministratörer för den egna organisationen")
class UserApiController {

	private final UserAccounts accounts;

	private final CurrentUsers users;

	private final AccountRemoval removal;

	UserApiController(UserAccounts accounts, CurrentUsers users, AccountRemoval removal) {
		this.accounts = accounts;
		this.users = users;
		this.removal = removal;
	}

	@PostMapping
	@Operation(summary = "Skapa ett konto", description = "{username, displayName, email?, password?, systemAdmin?, "
			+ "memberships: [{organisationCode, role}]}. Roller: ORG_ADMIN, PARTICIPANT, VIEWER, REGIONAL_COORDINATOR.")
	ResponseEntity<AccountSummary> create(@RequestBody NewAccount request) {
		AccountSummary created = this.accounts.create(request, this.users.require());
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Ett konto", description = "Systemadministratörer ser alla konton, organisationsadministratörer "
			+ "sina medlemmars, alla sitt eget.")
	AccountSummary get(@PathVariable long id) {
		return this.accounts.findVisibleTo(id, this.users.require());
	}

	@GetMapping
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Operation(summary = "Alla konton (systemadministratörer)")
	List<AccountSummary> list() {
		return this.accounts.all();
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Ta bort ett konto (systemadministratörer)", description = "Ändringsloggen behålls med en pseudonym i stället för namnet.")
	void delete(@PathVariable long id) {
		this.removal.delete(id);
	}

}

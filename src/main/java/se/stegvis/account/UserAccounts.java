package se.stegvis.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.stegvis.account.InvalidAccountInputException.Problem;
import se.stegvis.account.NewAccount.NewMembership;
import se.stegvis.account.internal.AccountInput;
import se.stegvis.account.internal.MembershipRows;
import se.stegvis.account.internal.PasswordPolicy;
import se.stegvis.account.internal.SessionControl;
import se.stegvis.account.internal.UserRow;
import se.stegvis.account.internal.UserRows;
import se.stegvis.organisation.OrganisationCatalog;
import se.stegvis.web.NotFoundException;
import se.stegvis.web.SwedishOrder;

/**
 * Creates accounts and changes passwords. Every input is checked first, and a refused request changes
 * nothing ({@link InvalidAccountInputException}).
 */
@Service
@Transactional
public class UserAccounts {

	private final UserRows users;

	private final MembershipRows memberships;

	private final AccountInput input;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final OrganisationCatalog organisations;

	private final AuditLog audit;

	private final SessionControl sessions;

	private final MessageSource messages;

	UserAccounts(UserRows users, MembershipRows memberships, AccountInput input, PasswordPolicy policy,
			PasswordEncoder encoder, OrganisationCatalog organisations, AuditLog audit, SessionControl sessions,
			MessageSource messages) {
		this.users = users;
		this.memberships = memberships;
		this.input = input;
		this.policy = policy;
		this.encoder = encoder;
		this.organisations = organisations;
		this.audit = audit;
		this.sessions = sessions;
		this.messages = messages;
	}

	/**
	 * Creates an account on behalf of a signed-in user: a system administrator may create any account; an
	 * org admin only ordinary accounts with memberships of organisations where they are org admin.
	 * @throws AccessDeniedException when the caller may not create this account
	 * @throws InvalidAccountInputException when a field is refused (409 for a username that is taken)
	 */
	public AccountSummary create(NewAccount account, CurrentUser by) {
		if (!by.systemAdmin() && by.administeredOrganisations().isEmpty()) {
			throw new AccessDeniedException(text("account.create.forbidden"));
		}
		if (!by.systemAdmin() && Boolean.TRUE.equals(account.systemAdmin())) {
			throw new AccessDeniedException(text("account.create.systemAdminForbidden"));
		}
		Checked checked = check(account);
		if (!by.systemAdmin()) {
			if (checked.memberships().isEmpty()) {
				throw new InvalidAccountInputException(List.of(Problem.of("memberships", "account.memberships.required")));
			}
			checked.memberships()
				.stream()
				.filter((m) -> !by.hasRole(m.organisationCode(), Role.ORG_ADMIN))
				.findFirst()
				.ifPresent((m) -> {
					throw new AccessDeniedException(text("account.create.organisationForbidden", m.organisationCode()));
				});
		}
		return insert(checked, by.asActor());
	}

	/**
	 * Creates an account without a caller: for start-up tasks, demo data and tests, never for a request.
	 * @throws InvalidAccountInputException when a field is refused
	 */
	public AccountSummary provision(NewAccount account) {
		return insert(check(account), AuditActor.system());
	}

	@Transactional(readOnly = true)
	public Optional<AccountSummary> find(String username) {
		return this.users.findByUsername(AccountInput.normaliseUsername(username)).map(this::summary);
	}

	/**
	 * An account as the caller may see it: system administrators see every account, org admins the accounts
	 * of their organisations' members, everyone their own.
	 * @throws NotFoundException for any other account
	 */
	@Transactional(readOnly = true)
	public AccountSummary findVisibleTo(long id, CurrentUser by) {
		AccountSummary account = this.users.findById(id).map(this::summary).orElseThrow(this::notFound);
		boolean visible = by.systemAdmin() || by.id() == id || account.memberships()
			.stream()
			.anyMatch((m) -> by.hasRole(m.organisationCode(), Role.ORG_ADMIN));
		if (!visible) {
			throw notFound();
		}
		return account;
	}

	/**
	 * The members of an organisation by name in Swedish order. No access check of its own: the caller
	 * (a feature's service) applies the tenant rule first.
	 */
	@Transactional(readOnly = true)
	public List<OrganisationMember> membersOf(String organisationCode) {
		return this.memberships.forOrganisation(organisationCode)
			.stream()
			.map((m) -> new OrganisationMember(m.userId(), m.username(), m.displayName(), m.role()))
			.sorted(Comparator.comparing(OrganisationMember::displayName, SwedishOrder.comparator()))
			.toList();
	}

	/** Every account, by name in Swedish order (for system administrators). */
	@Transactional(readOnly = true)
	public List<AccountSummary> all() {
		return this.users.findAll()
			.stream()
			.map(this::summary)
			.sorted(Comparator.comparing(AccountSummary::displayName, SwedishOrder.comparator()))
			.toList();
	}

	/**
	 * Changes the signed-in user's password and ends their other sessions.
	 * @throws InvalidAccountInputException when the current password is wrong or the new one is refused
	 */
	public void changePassword(CurrentUser user, @Nullable String currentPassword, @Nullable String newPassword) {
		UserRow row = this.users.findById(user.id()).orElseThrow(this::notFound);
		List<Problem> problems = new ArrayList<>();
		if (currentPassword == null || currentPassword.isEmpty()) {
			problems.add(Problem.of("currentPassword", "account.password.currentRequired"));
		}
		else if (row.passwordHash() == null || !this.encoder.matches(currentPassword, row.passwordHash())) {
			problems.add(Problem.of("currentPassword", "account.password.currentWrong"));
		}
		this.policy.check("newPassword", newPassword == null ? "" : newPassword, personalWords(row.username(),
				row.displayName(), row.email()))
			.ifPresent(problems::add);
		if (!problems.isEmpty()) {
			throw new InvalidAccountInputException(problems);
		}
		this.users.updatePassword(row.id(), this.encoder.encode(newPassword), Instant.now());
		this.audit.record(null, user.asActor(), "account.password-changed", AuditLog.userSubject(row.id()), null, null);
		this.sessions.endOtherSessions(row.username());
	}

	private AccountSummary insert(Checked account, AuditActor by) {
		Instant now = Instant.now();
		String hash = account.password() == null ? null : this.encoder.encode(account.password());
		long id = this.users.insert(account.username(), account.displayName(), account.email(), hash,
				account.systemAdmin(), now);
		this.audit.record(null, by, "account.created", AuditLog.userSubject(id), null,
				account.systemAdmin() ? "systemAdmin" : null);
		for (CheckedMembership m : account.memberships()) {
			this.organisations.activate(m.organisationCode());
			this.memberships.insert(id, m.organisationCode(), m.role(), now);
			this.audit.record(m.organisationCode(), by, "membership.added", AuditLog.userSubject(id), null, m.role().name());
		}
		return this.users.findById(id).map(this::summary).orElseThrow();
	}

	private Checked check(NewAccount account) {
		List<Problem> problems = new ArrayList<>();
		String username = this.input.username("username", account.username(), problems);
		String displayName = this.input.displayName("displayName", account.displayName(), problems);
		String email = this.input.email("email", account.email(), false, problems);
		if (account.password() != null) {
			this.policy.check("password", account.password(), personalWords(username, displayName, email))
				.ifPresent(problems::add);
		}
		List<CheckedMembership> checked = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<NewMembership> requested = account.memberships() == null ? List.of() : account.memberships();
		for (int i = 0; i < requested.size(); i++) {
			NewMembership m = requested.get(i);
			String prefix = "memberships[" + i + "].";
			if (m == null) {
				problems.add(Problem.of("memberships[" + i + "]", "account.organisation.required"));
				continue;
			}
			String code = this.input.organisation(prefix + "organisationCode", m.organisationCode(), problems);
			Role role = this.input.role(prefix + "role", m.role(), problems);
			if (code != null && !seen.add(code)) {
				problems.add(Problem.of(prefix + "organisationCode", "account.memberships.duplicate", code));
			}
			else if (code != null && role != null) {
				checked.add(new CheckedMembership(code, role));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidAccountInputException(problems);
		}
		if (this.users.usernameExists(username)) {
			throw InvalidAccountInputException.conflict(Problem.of("username", "account.username.taken", username));
		}
		return new Checked(username, displayName, email, account.password(), Boolean.TRUE.equals(account.systemAdmin()),
				checked);
	}

	AccountSummary summary(UserRow row) {
		List<Membership> list = this.memberships.forUser(row.id())
			.stream()
			.sorted(Comparator.comparing(Membership::organisationName, SwedishOrder.comparator()))
			.toList();
		return new AccountSummary(row.id(), row.username(), row.displayName(), row.email(), row.systemAdmin(),
				row.passwordHash() != null, row.createdAt(), row.lastUsed(), list);
	}

	static List<String> personalWords(@Nullable String... words) {
		return Stream.of(words).filter((w) -> w != null).map(String::valueOf).toList();
	}

	private NotFoundException notFound() {
		return new NotFoundException(text("tenant.notFound"));
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private record Checked(String username, String displayName, @Nullable String email, @Nullable String password,
			boolean systemAdmin, List<CheckedMembership> memberships) {
	}

	private record CheckedMembership(String organisationCode, Role role) {
	}

}

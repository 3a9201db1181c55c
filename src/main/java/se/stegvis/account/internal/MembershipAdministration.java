package se.stegvis.account.internal;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.stegvis.account.AuditActor;
import se.stegvis.account.AuditLog;
import se.stegvis.account.CurrentUser;
import se.stegvis.account.InvalidAccountInputException;
import se.stegvis.account.InvalidAccountInputException.Problem;
import se.stegvis.account.Role;
import se.stegvis.account.TenantGuard;
import se.stegvis.web.NotFoundException;
import se.stegvis.web.SwedishOrder;

/**
 * An organisation's members as its org admins (and system administrators) manage them: list, change role,
 * remove, and see accounts that have not been used for the retention period. An organisation always keeps
 * at least one org admin. Removing a person's last membership deletes their account (unless they are a
 * system administrator), so that no unused personal data is left behind.
 */
@Service
@Transactional
class MembershipAdministration {

	private final TenantGuard guard;

	private final MembershipRows memberships;

	private final UserRows users;

	private final AccountInput input;

	private final AuditLog audit;

	private final AccountDeletion deletion;

	private final Texts texts;

	private final Period retention;

	MembershipAdministration(TenantGuard guard, MembershipRows memberships, UserRows users, AccountInput input,
			AuditLog audit, AccountDeletion deletion, Texts texts,
			@Value("${stegvis.accounts.inactive-after:P24M}") Period retention) {
		this.texts = texts;
		this.guard = guard;
		this.memberships = memberships;
		this.users = users;
		this.input = input;
		this.audit = audit;
		this.deletion = deletion;
		this.retention = retention;
	}

	/** The organisation's members by name in Swedish order. */
	@Transactional(readOnly = true)
	List<MemberRow> members(String organisationCode) {
		this.guard.requireMemberAdministrator(organisationCode);
		return sorted(this.memberships.forOrganisation(organisationCode));
	}

	/** Members whose accounts have not been used for the retention period (default 24 months). */
	@Transactional(readOnly = true)
	List<MemberRow> inactive(String organisationCode) {
		this.guard.requireMemberAdministrator(organisationCode);
		Instant cutoff = Instant.now().atOffset(ZoneOffset.UTC).minus(this.retention).toInstant();
		return sorted(this.memberships.forOrganisation(organisationCode)
			.stream()
			.filter((m) -> m.lastUsed().isBefore(cutoff))
			.toList());
	}

	/** The retention period in months, for the pages. */
	long retentionMonths() {
		return this.retention.toTotalMonths();
	}

	/**
	 * Gives a member another role.
	 * @throws NotFoundException when the user is not a member of the organisation
	 * @throws InvalidAccountInputException for an unknown role, or (409) when it would leave no org admin
	 */
	MemberRow changeRole(String organisationCode, String username, @Nullable String role) {
		CurrentUser by = this.guard.requireMemberAdministrator(organisationCode);
		long userId = userId(username);
		List<Problem> problems = new ArrayList<>();
		Role newRole = this.input.role("role", role, problems);
		if (newRole == null) {
			throw new InvalidAccountInputException(problems);
		}
		Role oldRole = this.memberships.roleOf(userId, organisationCode).orElseThrow(this::notMember);
		if (oldRole == newRole) {
			return member(organisationCode, userId);
		}
		if (oldRole == Role.ORG_ADMIN) {
			requireAnotherAdmin(organisationCode, userId, "role");
		}
		this.memberships.updateRole(userId, organisationCode, newRole);
		this.audit.record(organisationCode, by.asActor(), "membership.role-changed", AuditLog.userSubject(userId),
				oldRole.name(), newRole.name());
		return member(organisationCode, userId);
	}

	/**
	 * Removes a member from the organisation; deletes the account if it was their last membership.
	 * @return whether the account was deleted
	 * @throws NotFoundException when the user is not a member of the organisation
	 * @throws InvalidAccountInputException (409) when it would leave the organisation without an org admin
	 */
	boolean remove(String organisationCode, String username) {
		CurrentUser by = this.guard.requireMemberAdministrator(organisationCode);
		long userId = userId(username);
		Role oldRole = this.memberships.roleOf(userId, organisationCode).orElseThrow(this::notMember);
		if (oldRole == Role.ORG_ADMIN) {
			requireAnotherAdmin(organisationCode, userId, "username");
		}
		this.memberships.delete(userId, organisationCode);
		this.audit.record(organisationCode, by.asActor(), "membership.removed", AuditLog.userSubject(userId),
				oldRole.name(), null);
		UserRow user = this.users.findById(userId).orElseThrow(this::notMember);
		if (!user.systemAdmin() && this.memberships.countForUser(userId) == 0) {
			this.deletion.delete(user, by.asActor(), organisationCode);
			return true;
		}
		return false;
	}

	/** Adds a membership, or changes the role of an existing one (accepting an invitation). */
	void add(String organisationCode, long userId, Role role, AuditActor by) {
		var existing = this.memberships.roleOf(userId, organisationCode);
		if (existing.isEmpty()) {
			this.memberships.insert(userId, organisationCode, role, Instant.now());
			this.audit.record(organisationCode, by, "membership.added", AuditLog.userSubject(userId), null, role.name());
		}
		else if (existing.get() != role && existing.get() != Role.ORG_ADMIN) {
			this.memberships.updateRole(userId, organisationCode, role);
			this.audit.record(organisationCode, by, "membership.role-changed", AuditLog.userSubject(userId),
					existing.get().name(), role.name());
		}
	}

	private void requireAnotherAdmin(String organisationCode, long userId, String field) {
		List<Long> admins = this.memberships.lockAdmins(organisationCode);
		if (admins.stream().noneMatch((id) -> id != userId)) {
			throw InvalidAccountInputException.conflict(Problem.of(field, "account.membership.lastAdmin"));
		}
	}

	private long userId(String username) {
		return this.users.findByUsername(AccountInput.normaliseUsername(username)).map(UserRow::id).orElseThrow(this::notMember);
	}

	private MemberRow member(String organisationCode, long userId) {
		return this.memberships.forOrganisation(organisationCode)
			.stream()
			.filter((m) -> m.userId() == userId)
			.findFirst()
			.orElseThrow(this::notMember);
	}

	private NotFoundException notMember() {
		return this.texts.notFound();
	}

	private static List<MemberRow> sorted(List<MemberRow> rows) {
		return rows.stream().sorted(Comparator.comparing(MemberRow::displayName, SwedishOrder.comparator())).toList();
	}

}

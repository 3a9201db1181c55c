package se.stegvis.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.stegvis.account.AccountSummary;
import se.stegvis.account.AuditActor;
import se.stegvis.account.AuditLog;
import se.stegvis.account.CurrentUser;
import se.stegvis.account.InvalidAccountInputException;
import se.stegvis.account.InvalidAccountInputException.Problem;
import se.stegvis.account.NewAccount;
import se.stegvis.account.Role;
import se.stegvis.account.TenantGuard;
import se.stegvis.account.UserAccounts;
import se.stegvis.account.internal.InvitationRows.Invitation;

/**
 * Invitations: an org admin invites a colleague by e-mail address and role; the secret link (mailed when
 * SMTP is configured, always shown to copy) expires after a week by default and works once. Accepting it
 * adds the membership to the signed-in account, or creates an account with it.
 */
@Service
@Transactional
class Invitations {

	private final TenantGuard guard;

	private final InvitationRows rows;

	private final AccountInput input;

	private final MembershipAdministration memberships;

	private final UserAccounts accounts;

	private final InvitationMailer mailer;

	private final AuditLog audit;

	private final Texts texts;

	private final Duration validity;

	Invitations(TenantGuard guard, InvitationRows rows, AccountInput input, MembershipAdministration memberships,
			UserAccounts accounts, InvitationMailer mailer, AuditLog audit, Texts texts,
			@Value("${stegvis.accounts.invitation-validity:P7D}") Duration validity) {
		this.guard = guard;
		this.rows = rows;
		this.input = input;
		this.memberships = memberships;
		this.accounts = accounts;
		this.mailer = mailer;
		this.audit = audit;
		this.texts = texts;
		this.validity = validity;
	}

	/** A new invitation with its link, which is shown only now. */
	record Issued(Invitation invitation, String link, boolean mailed) {
	}

	/** What the invitation link leads to. */
	enum Status {
		VALID, EXPIRED, USED
	}

	record Found(Invitation invitation, Status status) {
	}

	/**
	 * Invites a colleague.
	 * @param linkBase the absolute URL the token is appended to, e.g. {@code https://stegvis.example/inbjudan/}
	 * @throws InvalidAccountInputException for a missing or invalid e-mail address or role
	 */
	Issued invite(String organisationCode, @Nullable String email, @Nullable String role, String linkBase) {
		CurrentUser by = this.guard.requireMemberAdministrator(organisationCode);
		List<Problem> problems = new ArrayList<>();
		String address = this.input.email("email", email, true, problems);
		Role checkedRole = this.input.role("role", role, problems);
		if (!problems.isEmpty()) {
			throw new InvalidAccountInputException(problems);
		}
		String token = Secrets.newSecret();
		Instant now = Instant.now();
		long id = this.rows.insert(Secrets.hash(token), organisationCode, address, checkedRole, by.id(), now,
				now.plus(this.validity));
		this.audit.record(organisationCode, by.asActor(), "invitation.created", "invitation:" + id, null,
				checkedRole.name());
		Invitation invitation = this.rows.findById(organisationCode, id).orElseThrow();
		String link = linkBase + token;
		return new Issued(invitation, link, this.mailer.send(invitation, link, by.displayName()));
	}

	@Transactional(readOnly = true)
	List<Invitation> pending(String organisationCode) {
		this.guard.requireMemberAdministrator(organisationCode);
		return this.rows.pending(organisationCode);
	}

	/** Withdraws an invitation that has not been accepted. */
	void revoke(String organisationCode, long id) {
		CurrentUser by = this.guard.requireMemberAdministrator(organisationCode);
		Invitation invitation = this.rows.findById(organisationCode, id)
			.filter((i) -> i.acceptedAt() == null)
			.orElseThrow(this.texts::notFound);
		this.rows.delete(invitation.id());
		this.audit.record(organisationCode, by.asActor(), "invitation.revoked", "invitation:" + id, null, null);
	}

	/** The invitation behind a link, if there is one. */
	@Transactional(readOnly = true)
	Optional<Found> find(String token) {
		Instant now = Instant.now();
		return this.rows.findByTokenHash(Secrets.hash(token))
			.map((i) -> new Found(i, i.acceptedAt() != null ? Status.USED : i.expired(now) ? Status.EXPIRED : Status.VALID));
	}

	/** Adds the invited membership to the signed-in user's account. */
	Invitation accept(String token, CurrentUser user) {
		Invitation invitation = requireValid(token);
		claim(invitation, user.id());
		this.memberships.add(invitation.organisationCode(), user.id(), invitation.role(), user.asActor());
		return invitation;
	}

	/**
	 * Creates an account with the invited membership; the e-mail address is the invitation's.
	 * @throws InvalidAccountInputException when a field is refused or the username is taken
	 */
	AccountSummary acceptWithNewAccount(String token, @Nullable String username, @Nullable String displayName,
			@Nullable String password) {
		Invitation invitation = requireValid(token);
		if (password == null) {
			throw new InvalidAccountInputException(List.of(Problem.of("password", "account.password.required")));
		}
		AccountSummary account = this.accounts.provision(
				new NewAccount(username, displayName, invitation.email(), password, false, List.of()));
		claim(invitation, account.id());
		this.memberships.add(invitation.organisationCode(), account.id(), invitation.role(),
				new AuditActor(account.id(), account.displayName()));
		return this.accounts.find(account.username()).orElseThrow();
	}

	private Invitation requireValid(String token) {
		Found found = find(token).orElseThrow(this.texts::notFound);
		if (found.status() != Status.VALID) {
			throw new InvitationUnavailableException(found.status());
		}
		return found.invitation();
	}

	private void claim(Invitation invitation, long userId) {
		if (!this.rows.accept(invitation.id(), userId, Instant.now())) {
			throw new InvitationUnavailableException(Status.USED);
		}
	}

	/** The link has expired or was used already. */
	static class InvitationUnavailableException extends RuntimeException {

		private final Status status;

		InvitationUnavailableException(Status status) {
			super("Invitation " + status);
			this.status = status;
		}

		Status status() {
			return this.status;
		}

	}

}

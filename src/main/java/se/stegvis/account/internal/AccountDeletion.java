package se.stegvis.account.internal;

import java.security.SecureRandom;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.stegvis.account.AccountDeleted;
import se.stegvis.account.AuditActor;
import se.stegvis.account.AuditLog;

/**
 * Deletes a user for good while keeping the audit trail: the user's name in it becomes a pseudonym (the
 * same one everywhere, so that one can still see that the same person did two things), features that keep
 * the user's id hear of it through {@link AccountDeleted}, and the user's sessions end on every node.
 */
@Component
public class AccountDeletion {

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final SecureRandom random = new SecureRandom();

	private final UserRows users;

	private final AuditRows audit;

	private final AuditLog auditLog;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final SessionControl sessions;

	AccountDeletion(UserRows users, AuditRows audit, AuditLog auditLog, JdbcClient jdbc, ApplicationEventPublisher events,
			SessionControl sessions) {
		this.users = users;
		this.audit = audit;
		this.auditLog = auditLog;
		this.jdbc = jdbc;
		this.events = events;
		this.sessions = sessions;
	}

	/**
	 * Deletes the user with memberships and tokens.
	 * @param organisationCode the organisation whose administrator deleted the account, for the trail
	 * @return the pseudonym that now stands for the user
	 */
	@Transactional
	public String delete(UserRow user, AuditActor by, @Nullable String organisationCode) {
		String pseudonym = newPseudonym();
		this.jdbc.sql("INSERT INTO account_pseudonym (user_id, pseudonym, deleted_at) VALUES (:id, :pseudonym, :now)")
			.param("id", user.id())
			.param("pseudonym", pseudonym)
			.param("now", Timestamps.of(Instant.now()))
			.update();
		this.events.publishEvent(new AccountDeleted(user.id(), pseudonym));
		this.audit.pseudonymiseActor(user.id(), pseudonym);
		this.auditLog.record(organisationCode, by, "account.deleted", AuditLog.userSubject(user.id()), null, null);
		this.users.delete(user.id());
		this.sessions.endSessionsOf(user.username());
		return pseudonym;
	}

	private String newPseudonym() {
		while (true) {
			StringBuilder code = new StringBuilder("Pseudonym ");
			for (int i = 0; i < 6; i++) {
				code.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
			}
			String candidate = code.toString();
			boolean taken = this.jdbc.sql("SELECT COUNT(*) FROM account_pseudonym WHERE pseudonym = :p")
				.param("p", candidate)
				.query(Long.class)
				.single() > 0;
			if (!taken) {
				return candidate;
			}
		}
	}

}

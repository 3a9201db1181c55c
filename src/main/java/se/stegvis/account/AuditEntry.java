package se.stegvis.account;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of the audit trail.
 *
 * @param actorName the actor's name, or the pseudonym of a deleted user
 * @param subject what was changed, e.g. {@code user:42} or {@code assessment:17}
 * @param subjectLabel the subject for people: a user subject as the user's current name (or pseudonym)
 */
public record AuditEntry(long id, Instant occurredAt, @Nullable String organisationCode, @Nullable Long actorUserId,
		String actorName, String action, String subject, String subjectLabel, @Nullable String oldValue,
		@Nullable String newValue) {
}

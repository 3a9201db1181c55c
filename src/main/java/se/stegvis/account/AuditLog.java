package se.stegvis.account;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.stegvis.account.internal.AuditRows;

/**
 * The audit trail: who changed what and when, for every feature. Write an entry in the same transaction as
 * the change. Keep names of people out of {@code subject}, {@code oldValue} and {@code newValue} (refer to
 * a user with {@link #userSubject(long)}): the actor's name is the only personal data, and it is replaced
 * by a pseudonym when the user is deleted.
 */
@Service
@Transactional
public class AuditLog {

	private static final String USER_PREFIX = "user:";

	private final AuditRows rows;

	AuditLog(AuditRows rows) {
		this.rows = rows;
	}

	/** The subject that stands for a user; shown as the user's name, or pseudonym once deleted. */
	public static String userSubject(long userId) {
		return USER_PREFIX + userId;
	}

	/**
	 * Records a change.
	 * @param organisationCode the organisation whose data changed, or null for data of no organisation
	 * @param action what happened, as {@code feature.what}, e.g. {@code membership.role-changed}
	 * @param subject what changed, e.g. {@code user:42} or {@code assessment:17}
	 */
	public void record(@Nullable String organisationCode, AuditActor actor, String action, String subject,
			@Nullable String oldValue, @Nullable String newValue) {
		this.rows.insert(Instant.now(), organisationCode, actor, action, subject, oldValue, newValue);
	}

	/** The newest entries of an organisation first, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<AuditEntry> forOrganisation(String organisationCode, int limit) {
		List<AuditRows.Row> entries = this.rows.forOrganisation(organisationCode, limit);
		Map<Long, String> names = this.rows.userLabels(entries.stream()
			.map((e) -> userId(e.subject()))
			.flatMap(Optional::stream)
			.distinct()
			.toList());
		return entries.stream()
			.map((e) -> new AuditEntry(e.id(), e.occurredAt(), e.organisationCode(), e.actorUserId(), e.actorName(),
					e.action(), e.subject(), userId(e.subject()).map(names::get).orElse(e.subject()), e.oldValue(),
					e.newValue()))
			.toList();
	}

	private static Optional<Long> userId(String subject) {
		if (!subject.startsWith(USER_PREFIX)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(subject.substring(USER_PREFIX.length())));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}

package se.stegvis.account.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.stegvis.account.AuditActor;

/** The {@code audit_entry} table, and the names that user subjects stand for. */
@Repository
public class AuditRows {

	private final JdbcClient jdbc;

	AuditRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One stored entry, before user subjects are resolved to names. */
	public record Row(long id, Instant occurredAt, @Nullable String organisationCode, @Nullable Long actorUserId,
			String actorName, String action, String subject, @Nullable String oldValue, @Nullable String newValue) {
	}

	public void insert(Instant now, @Nullable String organisationCode, AuditActor actor, String action, String subject,
			@Nullable String oldValue, @Nullable String newValue) {
		this.jdbc.sql("""
				INSERT INTO audit_entry (occurred_at, organisation_code, actor_user_id, actor_name, action, subject,
				    old_value, new_value)
				VALUES (:now, :code, :actorId, :actorName, :action, :subject, :old, :new)""")
			.param("now", Timestamps.of(now))
			.param("code", organisationCode)
			.param("actorId", actor.userId())
			.param("actorName", actor.name())
			.param("action", action)
			.param("subject", subject)
			.param("old", oldValue)
			.param("new", newValue)
			.update();
	}

	public List<Row> forOrganisation(String organisationCode, int limit) {
		return this.jdbc.sql("""
				SELECT id, occurred_at, organisation_code, actor_user_id, actor_name, action, subject, old_value, new_value
				FROM audit_entry WHERE organisation_code = :code ORDER BY occurred_at DESC, id DESC
				FETCH FIRST :limit ROWS ONLY""")
			.param("code", organisationCode)
			.param("limit", limit)
			.query((rs, i) -> new Row(rs.getLong("id"), Timestamps.require(rs, "occurred_at"),
					rs.getString("organisation_code"), (Long) rs.getObject("actor_user_id", Long.class),
					rs.getString("actor_name"), rs.getString("action"), rs.getString("subject"),
					rs.getString("old_value"), rs.getString("new_value")))
			.list();
	}

	/** The current display name of each user, or the pseudonym of a deleted one. */
	public Map<Long, String> userLabels(List<Long> userIds) {
		Map<Long, String> labels = new HashMap<>();
		if (userIds.isEmpty()) {
			return labels;
		}
		this.jdbc.sql("SELECT user_id, pseudonym FROM account_pseudonym WHERE user_id IN (:ids)")
			.param("ids", userIds)
			.query((rs, i) -> labels.put(rs.getLong(1), rs.getString(2)))
			.list();
		this.jdbc.sql("SELECT id, display_name FROM account_user WHERE id IN (:ids)")
			.param("ids", userIds)
			.query((rs, i) -> labels.put(rs.getLong(1), rs.getString(2)))
			.list();
		return labels;
	}

	/** Replaces a deleted user's name by the pseudonym in every entry the user made. */
	void pseudonymiseActor(long userId, String pseudonym) {
		this.jdbc.sql("UPDATE audit_entry SET actor_name = :pseudonym WHERE actor_user_id = :userId")
			.param("pseudonym", pseudonym)
			.param("userId", userId)
			.update();
	}

}

package se.stegvis.actionplan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import se.stegvis.actionplan.FollowUp;
import se.stegvis.actionplan.ItemStatus;
import se.stegvis.actionplan.Priority;

/**
 * The tables {@code actionplan_item} (versioned: a write names the version it read and changes nothing when
 * another write came first) and {@code actionplan_follow_up}.
 */
@Repository
public class ItemRows {

	private static final String COLUMNS = "id, organisation_code, unit_id, origin_assessment_id, activity_key, title, "
			+ "description, indicator_keys, target_level, success_criterion, owner_text, owner_user_id, owner_username, "
			+ "start_date, due_date, priority, status, version, created_at, updated_at, updated_name, done_at";

	private final JdbcClient jdbc;

	ItemRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored item; {@code ownerUserId} is the owning member's id, or null. */
	public record Row(long id, String organisationCode, @Nullable Long unitId, long originAssessmentId,
			@Nullable String activityKey, String title, @Nullable String description, List<String> indicatorKeys,
			@Nullable Integer targetLevel, @Nullable String successCriterion, @Nullable String ownerText,
			@Nullable Long ownerUserId, @Nullable String ownerUsername, @Nullable LocalDate startDate,
			@Nullable LocalDate dueDate, Priority priority, ItemStatus status, long version, Instant createdAt,
			Instant updatedAt, @Nullable String updatedName, @Nullable Instant doneAt) {
	}

	/** The values an insert or update writes. */
	public record Values(@Nullable String activityKey, String title, @Nullable String description,
			List<String> indicatorKeys, @Nullable Integer targetLevel, @Nullable String successCriterion,
			@Nullable String ownerText, @Nullable Long ownerUserId, @Nullable String ownerUsername,
			@Nullable LocalDate startDate, @Nullable LocalDate dueDate, Priority priority, ItemStatus status) {
	}

	public Optional<Row> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM actionplan_item WHERE id = ?").param(id).query((rs, n) -> row(rs)).optional();
	}

	/** Every item of an organisation (all its plans), oldest first. */
	public List<Row> ofOrganisation(String organisationCode) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM actionplan_item WHERE organisation_code = ? ORDER BY id")
			.param(organisationCode)
			.query((rs, n) -> row(rs))
			.list();
	}

	public long insert(String organisationCode, @Nullable Long unitId, long originAssessmentId, Values v, Instant now,
			long userId, String userName) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO actionplan_item (organisation_code, unit_id, origin_assessment_id, activity_key, title, "
				+ "description, indicator_keys, target_level, success_criterion, owner_text, owner_user_id, owner_username, "
				+ "start_date, due_date, priority, status, version, created_at, updated_at, updated_by, updated_name, done_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)")
			.params(organisationCode, unitId, originAssessmentId, v.activityKey(), v.title(), v.description(),
					String.join(",", v.indicatorKeys()), v.targetLevel(), v.successCriterion(), v.ownerText(),
					v.ownerUserId(), v.ownerUsername(), v.startDate(), v.dueDate(), v.priority().name(), v.status().name(),
					at(now), at(now), userId, userName, v.status() == ItemStatus.DONE ? at(now) : null)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/**
	 * Writes the values if the stored version is {@code expectedVersion}; {@code doneAt} is kept while the item
	 * stays DONE, set when it becomes DONE and cleared otherwise.
	 * @return whether it was written (false: another write came first, nothing changed)
	 */
	public boolean update(long id, long expectedVersion, Values v, @Nullable Instant doneAt, Instant now, long userId,
			String userName) {
		return this.jdbc.sql("UPDATE actionplan_item SET activity_key = ?, title = ?, description = ?, indicator_keys = ?, "
				+ "target_level = ?, success_criterion = ?, owner_text = ?, owner_user_id = ?, owner_username = ?, "
				+ "start_date = ?, due_date = ?, priority = ?, status = ?, version = version + 1, updated_at = ?, "
				+ "updated_by = ?, updated_name = ?, done_at = ? WHERE id = ? AND version = ?")
			.params(v.activityKey(), v.title(), v.description(), String.join(",", v.indicatorKeys()), v.targetLevel(),
					v.successCriterion(), v.ownerText(), v.ownerUserId(), v.ownerUsername(), v.startDate(), v.dueDate(),
					v.priority().name(), v.status().name(), at(now), userId, userName,
					doneAt == null ? null : at(doneAt), id, expectedVersion)
			.update() == 1;
	}

	/** Deletes the item (and its follow-ups) if the stored version is {@code expectedVersion}. */
	public boolean delete(long id, long expectedVersion) {
		return this.jdbc.sql("DELETE FROM actionplan_item WHERE id = ? AND version = ?").params(id, expectedVersion).update() == 1;
	}

	public List<FollowUp> followUps(long itemId) {
		return this.jdbc.sql("SELECT id, item_id, follow_up_date, text, created_name, created_at FROM actionplan_follow_up "
				+ "WHERE item_id = ? ORDER BY follow_up_date DESC, id DESC")
			.param(itemId)
			.query((rs, n) -> new FollowUp(rs.getLong("id"), rs.getLong("item_id"),
					rs.getObject("follow_up_date", LocalDate.class), rs.getString("text"), rs.getString("created_name"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	public long insertFollowUp(long itemId, LocalDate date, String text, Instant now, long userId, String userName) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO actionplan_follow_up (item_id, follow_up_date, text, created_at, created_by, created_name) "
				+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(itemId, date, text, at(now), userId, userName)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** Replaces a deleted user's name by the pseudonym on what they saved, wrote or own. */
	public void pseudonymise(long userId, String pseudonym) {
		this.jdbc.sql("UPDATE actionplan_item SET owner_text = ?, owner_user_id = NULL, owner_username = NULL "
				+ "WHERE owner_user_id = ?").params(pseudonym, userId).update();
		this.jdbc.sql("UPDATE actionplan_item SET updated_name = ? WHERE updated_by = ?").params(pseudonym, userId).update();
		this.jdbc.sql("UPDATE actionplan_follow_up SET created_name = ? WHERE created_by = ?").params(pseudonym, userId).update();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Row row(ResultSet rs) throws SQLException {
		String keys = rs.getString("indicator_keys");
		OffsetDateTime done = rs.getObject("done_at", OffsetDateTime.class);
		return new Row(rs.getLong("id"), rs.getString("organisation_code"), rs.getObject("unit_id", Long.class),
				rs.getLong("origin_assessment_id"), rs.getString("activity_key"), rs.getString("title"),
				rs.getString("description"), keys.isEmpty() ? List.of() : Arrays.asList(keys.split(",")),
				rs.getObject("target_level", Integer.class), rs.getString("success_criterion"), rs.getString("owner_text"),
				rs.getObject("owner_user_id", Long.class), rs.getString("owner_username"),
				rs.getObject("start_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
				Priority.valueOf(rs.getString("priority")), ItemStatus.valueOf(rs.getString("status")), rs.getLong("version"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("updated_name"),
				done == null ? null : done.toInstant());
	}

}

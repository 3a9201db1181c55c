package se.stegvis.assessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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

import se.stegvis.assessment.RoundMode;
import se.stegvis.assessment.RoundStatus;
import se.stegvis.scoring.TargetOverride;
import se.stegvis.scoring.TargetScope;

/** The table {@code assessment_round} and its target overrides. */
@Repository
public class RoundRows {

	private static final String COLUMNS = "id, organisation_code, unit_id, model_key, model_version, title, period, mode, "
			+ "status, published, prefilled, areas, target_level, created_at, started_at, completed_at, first_completed_at";

	private final JdbcClient jdbc;

	RoundRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One stored round; {@code areas} in model order. */
	public record Row(long id, String organisationCode, @Nullable Long unitId, String modelKey, String modelVersion,
			String title, @Nullable String period, RoundMode mode, RoundStatus status, boolean published,
			boolean prefilled, List<String> areas, @Nullable Integer targetLevel, Instant createdAt,
			@Nullable Instant startedAt, @Nullable Instant completedAt, @Nullable Instant firstCompletedAt) {
	}

	public long insert(String organisationCode, @Nullable Long unitId, String modelKey, String modelVersion, String title,
			@Nullable String period, RoundMode mode, boolean published, boolean prefilled, List<String> areas,
			@Nullable Integer targetLevel, Instant now, long createdBy) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO assessment_round (organisation_code, unit_id, model_key, model_version, title, period, "
				+ "mode, status, published, prefilled, areas, target_level, created_at, created_by) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?)")
			.params(organisationCode, unitId, modelKey, modelVersion, title, period, mode.name(), published, prefilled,
					String.join(",", areas), targetLevel, at(now), createdBy)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	public Optional<Row> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM assessment_round WHERE id = ?").param(id).query(RoundRows::row)
			.optional();
	}

	/** The rounds of an organisation, newest first. */
	public List<Row> ofOrganisation(String organisationCode) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM assessment_round WHERE organisation_code = ? ORDER BY created_at DESC, id DESC")
			.param(organisationCode)
			.query(RoundRows::row)
			.list();
	}

	/**
	 * The latest completed round of the same organisation (or unit; null: the organisation as a whole) and
	 * model key, by first completion; excluding {@code exceptId}.
	 */
	public Optional<Row> previousCompleted(String organisationCode, @Nullable Long unitId, String modelKey, long exceptId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM assessment_round WHERE organisation_code = ? AND model_key = ? "
				+ "AND status = 'COMPLETED' AND id <> ? AND " + (unitId == null ? "unit_id IS NULL" : "unit_id = " + unitId)
				+ " ORDER BY first_completed_at DESC, id DESC")
			.params(organisationCode, modelKey, exceptId)
			.query(RoundRows::row)
			.list()
			.stream()
			.findFirst();
	}

	/** Moves a DRAFT round to IN_PROGRESS; nothing for a round in any other state. */
	public void markStarted(long id, Instant now) {
		this.jdbc.sql("UPDATE assessment_round SET status = 'IN_PROGRESS', started_at = ? WHERE id = ? AND status = 'DRAFT'")
			.params(at(now), id)
			.update();
	}

	public void complete(long id, Instant now) {
		this.jdbc.sql("UPDATE assessment_round SET status = 'COMPLETED', completed_at = ?, "
				+ "first_completed_at = COALESCE(first_completed_at, ?) WHERE id = ?")
			.params(at(now), at(now), id)
			.update();
	}

	/** Back to IN_PROGRESS (DRAFT when nothing was ever answered); the first completion time stays. */
	public void reopen(long id, RoundStatus status) {
		this.jdbc.sql("UPDATE assessment_round SET status = ?, completed_at = NULL WHERE id = ?").params(status.name(), id).update();
	}

	public void markPrefilled(long id) {
		this.jdbc.sql("UPDATE assessment_round SET prefilled = TRUE WHERE id = ?").param(id).update();
	}

	public void setPublished(long id, boolean published) {
		this.jdbc.sql("UPDATE assessment_round SET published = ? WHERE id = ?").params(published, id).update();
	}

	public void setTargets(long id, @Nullable Integer level, List<TargetOverride> overrides) {
		this.jdbc.sql("UPDATE assessment_round SET target_level = ? WHERE id = ?").params(level, id).update();
		this.jdbc.sql("DELETE FROM assessment_target_override WHERE round_id = ?").param(id).update();
		int position = 0;
		for (TargetOverride override : overrides) {
			this.jdbc.sql("INSERT INTO assessment_target_override (round_id, scope, scope_key, level, position) VALUES (?, ?, ?, ?, ?)")
				.params(id, override.scope().name(), override.key(), override.level(), position++)
				.update();
		}
	}

	public List<TargetOverride> overrides(long id) {
		return this.jdbc.sql("SELECT scope, scope_key, level FROM assessment_target_override WHERE round_id = ? ORDER BY position")
			.param(id)
			.query((rs, n) -> new TargetOverride(TargetScope.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3)))
			.list();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		long unit = rs.getLong("unit_id");
		Long unitId = rs.wasNull() ? null : unit;
		int target = rs.getInt("target_level");
		Integer targetLevel = rs.wasNull() ? null : target;
		return new Row(rs.getLong("id"), rs.getString("organisation_code"), unitId, rs.getString("model_key"),
				rs.getString("model_version"), rs.getString("title"), rs.getString("period"),
				RoundMode.valueOf(rs.getString("mode")), RoundStatus.valueOf(rs.getString("status")),
				rs.getBoolean("published"), rs.getBoolean("prefilled"),
				Arrays.stream(rs.getString("areas").split(",")).filter((a) -> !a.isEmpty()).toList(), targetLevel,
				instant(rs, "created_at"), instantOrNull(rs, "started_at"), instantOrNull(rs, "completed_at"),
				instantOrNull(rs, "first_completed_at"));
	}

	static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}

package se.stegvis.summary.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.stegvis.scoring.ScopeKey;
import se.stegvis.scoring.ScopeScore;
import se.stegvis.scoring.ScopeScores;
import se.stegvis.scoring.ScopeType;
import se.stegvis.summary.StoredRound;

/**
 * The tables {@code summary_round}, {@code summary_score} and {@code summary_revision}. Figures are kept as
 * exact decimal text, so that a stored score reads back equal (scale included) to the computed one.
 */
@Repository
public class ScoreRows {

	private static final String ROUND_COLUMNS = "round_id, organisation_code, unit_id, model_key, model_version, title, "
			+ "model_major, published, first_completed_at, completed_at";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ScoreRows(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Replaces whatever is stored for the round with the given figures. */
	public void store(StoredRound round) {
		delete(round.roundId());
		this.jdbc.sql("INSERT INTO summary_round (" + ROUND_COLUMNS + ", stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(round.roundId(), round.organisationCode(), round.unitId(), round.modelKey(), round.modelVersion(),
					round.title(),
					round.modelMajor(), round.published(), Timestamp.from(round.firstCompletedAt()),
					Timestamp.from(round.completedAt()), Timestamp.from(Instant.now()))
			.update();
		List<Object[]> rows = new ArrayList<>();
		int position = 0;
		for (Map.Entry<ScopeKey, ScopeScore> e : round.scores().byScope().entrySet()) {
			ScopeKey scope = e.getKey();
			ScopeScore score = e.getValue();
			rows.add(new Object[] { round.roundId(), scope.type().name(), scope.key() == null ? "" : scope.key(),
					scope.dimensionKey() == null ? "" : scope.dimensionKey(), position++,
					score.score() == null ? null : score.score().toString(), score.coverage().toString(), score.scored(),
					score.total() });
		}
		this.template.batchUpdate("INSERT INTO summary_score (round_id, scope_type, scope_key, dimension_key, position, "
				+ "score, coverage, scored, total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
	}

	/** Deletes the round's stored figures; whether there were any. */
	public boolean delete(long roundId) {
		this.jdbc.sql("DELETE FROM summary_score WHERE round_id = ?").param(roundId).update();
		return this.jdbc.sql("DELETE FROM summary_round WHERE round_id = ?").param(roundId).update() > 0;
	}

	/** Whether anything changed. */
	public boolean setPublished(long roundId, boolean published) {
		return this.jdbc.sql("UPDATE summary_round SET published = ? WHERE round_id = ?")
			.params(published, roundId)
			.update() > 0;
	}

	/** Raises the revision that tells every node its cached comparisons are stale. */
	public void bumpRevision() {
		this.jdbc.sql("UPDATE summary_revision SET revision = revision + 1 WHERE id = 1").update();
	}

	public long revision() {
		return this.jdbc.sql("SELECT revision FROM summary_revision WHERE id = 1").query(Long.class).single();
	}

	public Optional<StoredRound> find(long roundId) {
		List<StoredRound> found = rounds("WHERE r.round_id = ?", roundId);
		return found.stream().findFirst();
	}

	/** Every stored round of the model key and major version (all organisations, units and publication states). */
	public List<StoredRound> ofModel(String modelKey, int modelMajor) {
		return rounds("WHERE r.model_key = ? AND r.model_major = ?", modelKey, modelMajor);
	}

	/** Every stored organisation-level round (not a unit's) of the given organisations, all models. */
	public List<StoredRound> organisationLevel(List<String> organisationCodes) {
		if (organisationCodes.isEmpty()) {
			return List.of();
		}
		String marks = String.join(", ", java.util.Collections.nCopies(organisationCodes.size(), "?"));
		return rounds("WHERE r.unit_id IS NULL AND r.organisation_code IN (" + marks + ")", organisationCodes.toArray());
	}

	/** Every stored unit round of an organisation, all units and models. */
	public List<StoredRound> unitRounds(String organisationCode) {
		return rounds("WHERE r.unit_id IS NOT NULL AND r.organisation_code = ?", organisationCode);
	}

	/** The stored rounds of one organisation (and unit, or none) on a model key, oldest first completion first. */
	public List<StoredRound> history(String organisationCode, @Nullable Long unitId, String modelKey) {
		List<StoredRound> rounds = unitId == null
				? rounds("WHERE r.organisation_code = ? AND r.unit_id IS NULL AND r.model_key = ?", organisationCode, modelKey)
				: rounds("WHERE r.organisation_code = ? AND r.unit_id = ? AND r.model_key = ?", organisationCode, unitId,
						modelKey);
		return rounds.stream()
			.sorted(java.util.Comparator.comparing(StoredRound::firstCompletedAt).thenComparing(StoredRound::roundId))
			.toList();
	}

	private List<StoredRound> rounds(String where, Object... params) {
		Map<Long, Head> heads = new LinkedHashMap<>();
		this.jdbc.sql("SELECT " + ROUND_COLUMNS + " FROM summary_round r " + where)
			.params(params)
			.query((rs, i) -> head(rs))
			.list()
			.forEach((h) -> heads.put(h.roundId(), h));
		if (heads.isEmpty()) {
			return List.of();
		}
		Map<Long, Map<ScopeKey, ScopeScore>> scores = new LinkedHashMap<>();
		this.jdbc.sql("SELECT s.round_id, s.scope_type, s.scope_key, s.dimension_key, s.score, s.coverage, s.scored, "
				+ "s.total FROM summary_score s JOIN summary_round r ON r.round_id = s.round_id " + where
				+ " ORDER BY s.round_id, s.position")
			.params(params)
			.query((ResultSet rs) -> {
				long id = rs.getLong(1);
				ScopeType type = ScopeType.valueOf(rs.getString(2));
				String key = rs.getString(3);
				String dimension = rs.getString(4);
				ScopeKey scope = new ScopeKey(type, key.isEmpty() ? null : key, dimension.isEmpty() ? null : dimension);
				String score = rs.getString(5);
				scores.computeIfAbsent(id, (x) -> new LinkedHashMap<>())
					.put(scope, new ScopeScore(score == null ? null : new BigDecimal(score), new BigDecimal(rs.getString(6)),
							rs.getInt(7), rs.getInt(8)));
			});
		List<StoredRound> result = new ArrayList<>();
		heads.values().forEach((h) -> {
			Map<ScopeKey, ScopeScore> byScope = scores.get(h.roundId());
			if (byScope != null) {
				result.add(h.with(new ScopeScores(byScope)));
			}
		});
		return result;
	}

	private static Head head(ResultSet rs) throws SQLException {
		long unit = rs.getLong(3);
		Long unitId = rs.wasNull() ? null : unit;
		return new Head(rs.getLong(1), rs.getString(2), unitId, rs.getString(4), rs.getString(5), rs.getString(6),
				rs.getInt(7), rs.getBoolean(8), rs.getTimestamp(9).toInstant(), rs.getTimestamp(10).toInstant());
	}

	private record Head(long roundId, String organisationCode, @Nullable Long unitId, String modelKey,
			String modelVersion, String title, int modelMajor, boolean published, Instant firstCompletedAt, Instant completedAt) {

		StoredRound with(ScopeScores scores) {
			return new StoredRound(this.roundId, this.organisationCode, this.unitId, this.modelKey, this.modelVersion,
					this.title, this.modelMajor, this.published, this.firstCompletedAt, this.completedAt, scores);
		}

	}

}

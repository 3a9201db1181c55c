package se.stegvis.assessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.stegvis.assessment.Answer;
import se.stegvis.assessment.Consensus;
import se.stegvis.scoring.IndicatorValue;

/**
 * The tables {@code assessment_answer} and {@code assessment_consensus}, each row versioned: a write names
 * the version it read and changes nothing when another write came first (optimistic locking).
 */
@Repository
public class AnswerRows {

	/** The respondent of the group's shared answer in GROUP mode. */
	public static final long GROUP = 0;

	private static final String ANSWER_COLUMNS = "indicator_key, respondent_id, answer_kind, level, comment, evidence_url, "
			+ "carried_over, version, updated_at, updated_name";

	private final JdbcClient jdbc;

	AnswerRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An answer with its respondent (the user id, or {@link #GROUP}). */
	public record Stored(long respondentId, Answer answer) {
	}

	/** The answers of one respondent (or {@link #GROUP}) of a round. */
	public List<Answer> answersOf(long roundId, long respondentId) {
		return this.jdbc.sql("SELECT " + ANSWER_COLUMNS + " FROM assessment_answer WHERE round_id = ? AND respondent_id = ?")
			.params(roundId, respondentId)
			.query((rs, n) -> answer(rs))
			.list();
	}

	/** Every answer of a round, of every respondent. */
	public List<Stored> all(long roundId) {
		return this.jdbc.sql("SELECT " + ANSWER_COLUMNS + " FROM assessment_answer WHERE round_id = ?")
			.param(roundId)
			.query((rs, n) -> new Stored(rs.getLong("respondent_id"), answer(rs)))
			.list();
	}

	public Optional<Answer> find(long roundId, String indicatorKey, long respondentId) {
		return this.jdbc.sql("SELECT " + ANSWER_COLUMNS
				+ " FROM assessment_answer WHERE round_id = ? AND indicator_key = ? AND respondent_id = ?")
			.params(roundId, indicatorKey, respondentId)
			.query((rs, n) -> answer(rs))
			.optional();
	}

	/**
	 * Writes an answer if the stored version is {@code expectedVersion} (0: none stored yet), or whatever is
	 * stored when {@code expectedVersion} is null.
	 * @return the new version, or empty when another write came first (nothing changed)
	 */
	public Optional<Long> write(long roundId, String indicatorKey, long respondentId, IndicatorValue value,
			@Nullable String comment, @Nullable String evidenceUrl, boolean carriedOver, @Nullable Long expectedVersion,
			Instant now, @Nullable Long userId, @Nullable String userName) {
		if (expectedVersion == null) {
			Optional<Answer> current = find(roundId, indicatorKey, respondentId);
			expectedVersion = current.map(Answer::version).orElse(0L);
		}
		if (expectedVersion == 0) {
			try {
				this.jdbc.sql("INSERT INTO assessment_answer (round_id, indicator_key, respondent_id, answer_kind, level, "
						+ "comment, evidence_url, carried_over, version, updated_at, updated_by, updated_name) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)")
					.params(roundId, indicatorKey, respondentId, value.kind().name(), level(value), comment, evidenceUrl,
							carriedOver, RoundRows.at(now), userId, userName)
					.update();
				return Optional.of(1L);
			}
			catch (DuplicateKeyException ex) {
				return Optional.empty();
			}
		}
		int updated = this.jdbc.sql("UPDATE assessment_answer SET answer_kind = ?, level = ?, comment = ?, evidence_url = ?, "
				+ "carried_over = ?, version = version + 1, updated_at = ?, updated_by = ?, updated_name = ? "
				+ "WHERE round_id = ? AND indicator_key = ? AND respondent_id = ? AND version = ?")
			.params(value.kind().name(), level(value), comment, evidenceUrl, carriedOver, RoundRows.at(now), userId,
					userName, roundId, indicatorKey, respondentId, expectedVersion)
			.update();
		return updated == 1 ? Optional.of(expectedVersion + 1) : Optional.empty();
	}

	/** The number of answers each respondent of a round has given. */
	public java.util.Map<Long, Integer> countsByRespondent(long roundId) {
		java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
		this.jdbc.sql("SELECT respondent_id, COUNT(*) FROM assessment_answer WHERE round_id = ? GROUP BY respondent_id")
			.param(roundId)
			.query((rs, n) -> counts.put(rs.getLong(1), rs.getInt(2)))
			.list();
		return counts;
	}

	/** The number of indicators with an answer of anyone or a consensus. */
	public int answeredIndicators(long roundId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM (SELECT indicator_key FROM assessment_answer WHERE round_id = ? "
				+ "UNION SELECT indicator_key FROM assessment_consensus WHERE round_id = ?) answered")
			.params(roundId, roundId)
			.query(Integer.class)
			.single();
	}

	public void deleteAnswersOf(long roundId, long respondentId) {
		this.jdbc.sql("DELETE FROM assessment_answer WHERE round_id = ? AND respondent_id = ?").params(roundId, respondentId).update();
	}

	public List<Consensus> consensus(long roundId) {
		return this.jdbc.sql("SELECT indicator_key, answer_kind, level, note, version, updated_at, updated_name "
				+ "FROM assessment_consensus WHERE round_id = ?")
			.param(roundId)
			.query((rs, n) -> consensus(rs))
			.list();
	}

	public Optional<Consensus> findConsensus(long roundId, String indicatorKey) {
		return this.jdbc.sql("SELECT indicator_key, answer_kind, level, note, version, updated_at, updated_name "
				+ "FROM assessment_consensus WHERE round_id = ? AND indicator_key = ?")
			.params(roundId, indicatorKey)
			.query((rs, n) -> consensus(rs))
			.optional();
	}

	/** Like {@link #write} for a consensus. */
	public Optional<Long> writeConsensus(long roundId, String indicatorKey, IndicatorValue value, @Nullable String note,
			@Nullable Long expectedVersion, Instant now, long userId, String userName) {
		if (expectedVersion == null) {
			expectedVersion = findConsensus(roundId, indicatorKey).map(Consensus::version).orElse(0L);
		}
		if (expectedVersion == 0) {
			try {
				this.jdbc.sql("INSERT INTO assessment_consensus (round_id, indicator_key, answer_kind, level, note, version, "
						+ "updated_at, updated_by, updated_name) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)")
					.params(roundId, indicatorKey, value.kind().name(), level(value), note, RoundRows.at(now), userId, userName)
					.update();
				return Optional.of(1L);
			}
			catch (DuplicateKeyException ex) {
				return Optional.empty();
			}
		}
		int updated = this.jdbc.sql("UPDATE assessment_consensus SET answer_kind = ?, level = ?, note = ?, version = version + 1, "
				+ "updated_at = ?, updated_by = ?, updated_name = ? WHERE round_id = ? AND indicator_key = ? AND version = ?")
			.params(value.kind().name(), level(value), note, RoundRows.at(now), userId, userName, roundId, indicatorKey,
					expectedVersion)
			.update();
		return updated == 1 ? Optional.of(expectedVersion + 1) : Optional.empty();
	}

	/** Replaces a deleted user's name by the pseudonym on what they saved. */
	public void pseudonymise(long userId, String pseudonym) {
		this.jdbc.sql("UPDATE assessment_answer SET updated_name = ? WHERE updated_by = ?").params(pseudonym, userId).update();
		this.jdbc.sql("UPDATE assessment_consensus SET updated_name = ? WHERE updated_by = ?").params(pseudonym, userId).update();
	}

	private static @Nullable Integer level(IndicatorValue value) {
		return value.level() == null ? null : value.level().intValueExact();
	}

	private static IndicatorValue value(ResultSet rs) throws SQLException {
		IndicatorValue.Kind kind = IndicatorValue.Kind.valueOf(rs.getString("answer_kind"));
		return kind == IndicatorValue.Kind.LEVEL ? IndicatorValue.level(rs.getInt("level"))
				: new IndicatorValue(kind, null);
	}

	private static Answer answer(ResultSet rs) throws SQLException {
		return new Answer(rs.getString("indicator_key"), value(rs), rs.getString("comment"), rs.getString("evidence_url"),
				rs.getBoolean("carried_over"), rs.getLong("version"), RoundRows.instant(rs, "updated_at"),
				rs.getString("updated_name"));
	}

	private static Consensus consensus(ResultSet rs) throws SQLException {
		return new Consensus(rs.getString("indicator_key"), value(rs), rs.getString("note"), rs.getLong("version"),
				RoundRows.instant(rs, "updated_at"), rs.getString("updated_name"));
	}

}

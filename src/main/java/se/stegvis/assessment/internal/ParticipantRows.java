package se.stegvis.assessment.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code assessment_participant}. */
@Repository
public class ParticipantRows {

	private final JdbcClient jdbc;

	ParticipantRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Row(long userId, String username, String displayName, @Nullable String respondentGroup, Instant addedAt) {
	}

	public List<Row> of(long roundId) {
		return this.jdbc.sql("SELECT user_id, username, display_name, respondent_group, added_at FROM assessment_participant WHERE round_id = ?")
			.param(roundId)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					RoundRows.instant(rs, "added_at")))
			.list();
	}

	public Optional<Row> find(long roundId, long userId) {
		return of(roundId).stream().filter((p) -> p.userId() == userId).findFirst();
	}

	public void insert(long roundId, long userId, String username, String displayName, @Nullable String group, Instant now) {
		this.jdbc.sql("INSERT INTO assessment_participant (round_id, user_id, username, display_name, respondent_group, added_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(roundId, userId, username, displayName, group, RoundRows.at(now))
			.update();
	}

	public void setGroup(long roundId, long userId, @Nullable String group) {
		this.jdbc.sql("UPDATE assessment_participant SET respondent_group = ? WHERE round_id = ? AND user_id = ?")
			.params(group, roundId, userId)
			.update();
	}

	public void delete(long roundId, long userId) {
		this.jdbc.sql("DELETE FROM assessment_participant WHERE round_id = ? AND user_id = ?").params(roundId, userId).update();
	}

	/** The respondent groups used in an organisation's rounds. */
	public List<String> groupsOf(String organisationCode) {
		return this.jdbc.sql("SELECT DISTINCT p.respondent_group FROM assessment_participant p JOIN assessment_round r "
				+ "ON r.id = p.round_id WHERE r.organisation_code = ? AND p.respondent_group IS NOT NULL")
			.param(organisationCode)
			.query(String.class)
			.list();
	}

	public void pseudonymise(long userId, String pseudonym) {
		this.jdbc.sql("UPDATE assessment_participant SET username = ?, display_name = ? WHERE user_id = ?")
			.params(pseudonym, pseudonym, userId)
			.update();
	}

}

package se.stegvis.summary;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import se.stegvis.scoring.ScopeScores;

/**
 * The stored scope scores of one completed round, as comparisons and trends read them.
 *
 * @param unitId null for a round of the organisation as a whole
 * @param title the round's title when it was completed
 * @param modelMajor the major version of the round's model; comparisons never mix majors
 * @param published whether the organisation publishes the round to comparisons
 * @param firstCompletedAt the round's first completion ("latest" in comparisons orders by it)
 * @param completedAt the round's latest completion
 * @param scores exactly what {@code RoundResults} computed when the round was completed
 */
public record StoredRound(long roundId, String organisationCode, @Nullable Long unitId, String modelKey,
		String modelVersion, String title, int modelMajor, boolean published, Instant firstCompletedAt, Instant completedAt,
		ScopeScores scores) {

	/** Whether this is a round of the organisation as a whole (not of a unit). */
	public boolean organisationLevel() {
		return this.unitId == null;
	}

}

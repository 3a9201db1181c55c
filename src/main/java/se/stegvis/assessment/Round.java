package se.stegvis.assessment;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A round as lists and pages show it.
 *
 * @param unitId null for a round of the organisation as a whole
 * @param unitName null exactly when unitId is null
 * @param areas the area keys in scope, in model order (never empty)
 * @param published whether it enters comparisons once completed
 * @param prefilled whether answers were carried over from a previous round
 * @param startedAt the first answer; null while DRAFT
 * @param completedAt the latest completion; null unless COMPLETED
 * @param firstCompletedAt the first completion ever (a reopen does not move it); null until completed
 *     once. Comparisons order rounds by it.
 */
public record Round(long id, String organisationCode, @Nullable Long unitId, @Nullable String unitName,
		String modelKey, String modelVersion, String title, @Nullable String period, RoundMode mode,
		RoundStatus status, List<String> areas, boolean published, boolean prefilled, Instant createdAt,
		@Nullable Instant startedAt, @Nullable Instant completedAt, @Nullable Instant firstCompletedAt,
		RoundProgress progress) {

	public Round {
		areas = List.copyOf(areas);
	}

	public boolean isCompleted() {
		return this.status == RoundStatus.COMPLETED;
	}

}

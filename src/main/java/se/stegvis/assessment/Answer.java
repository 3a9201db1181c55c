package se.stegvis.assessment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import se.stegvis.scoring.IndicatorValue;

/**
 * One answer to one indicator as a user sees it: the group's answer in GROUP mode, the caller's own in
 * INDIVIDUAL mode. An indicator nobody has answered yet is an Answer too, with value UNANSWERED and
 * version 0.
 *
 * @param value a whole level, DONT_KNOW, NOT_APPLICABLE or UNANSWERED
 * @param carriedOver prefilled from the previous round and not yet confirmed or changed
 * @param version 0 while unanswered; grows by one with every save. Send it back as the expected version
 *     (the API's {@code If-Match}) to save without overwriting someone else's change.
 * @param updatedAt null while unanswered
 * @param updatedBy display name of who saved it last; null while unanswered or when carried over
 */
public record Answer(String indicatorKey, IndicatorValue value, @Nullable String comment,
		@Nullable String evidenceUrl, boolean carriedOver, long version, @Nullable Instant updatedAt,
		@Nullable String updatedBy) {

	public static Answer unanswered(String indicatorKey) {
		return new Answer(indicatorKey, IndicatorValue.UNANSWERED, null, null, false, 0, null, null);
	}

	/** Whether the indicator has an answer (a level, Vet ej or Ej relevant). */
	public boolean isAnswered() {
		return this.value.kind() != IndicatorValue.Kind.UNANSWERED;
	}

}

package se.stegvis.assessment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import se.stegvis.scoring.IndicatorValue;

/**
 * The facilitator's agreed answer for one indicator of an INDIVIDUAL round (gemensam bedömning).
 *
 * @param value a whole level, DONT_KNOW or NOT_APPLICABLE
 * @param version grows by one with every save; the expected version for the next one
 * @param updatedBy display name of who set it last
 */
public record Consensus(String indicatorKey, IndicatorValue value, @Nullable String note, long version,
		Instant updatedAt, String updatedBy) {
}

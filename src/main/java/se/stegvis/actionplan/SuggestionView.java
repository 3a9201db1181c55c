package se.stegvis.actionplan;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import se.stegvis.model.LocalizedText;
import se.stegvis.scoring.ActivityKind;
import se.stegvis.scoring.Effort;

/**
 * One suggestion of a round as pages and the API show it: {@code scoring.Suggestion} with the model's texts
 * and whether the plan already has it.
 *
 * @param rank 1 for the first suggestion of the ranking (DESIGN.md §3), FIND_OUT suggestions last
 * @param currentValue the indicator's maturity value, unrounded; null for FIND_OUT
 * @param gap target − current value, positive; null for FIND_OUT
 * @param adopted whether an item of the same plan (organisation or unit) was adopted from this activity
 */
public record SuggestionView(int rank, String indicatorKey, String activityKey, ActivityKind kind, LocalizedText title,
		@Nullable LocalizedText description, LocalizedText indicatorText, String areaKey, String dimensionKey,
		@Nullable BigDecimal currentValue, int target, @Nullable BigDecimal gap, Effort effort, boolean adopted) {

}

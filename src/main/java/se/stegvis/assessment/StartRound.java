package se.stegvis.assessment;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything needed to start a round (issue 6 point 2); field names as in {@code POST /api/v1/assessments}.
 * Checked by {@link Rounds#start}, which names every refused field ({@link InvalidRoundInputException}).
 *
 * @param unitId a unit of the organisation, or null for the organisation as a whole
 * @param modelKey a model with a published version
 * @param modelVersion a published version of it; null for the latest published
 * @param title 1..200 characters
 * @param period free text such as "2026" or "HT 2026", at most 100 characters; null for none
 * @param mode null is refused
 * @param areas area keys of the model in scope; null or empty for all areas
 * @param targets null for the default (every indicator's target is the highest level)
 * @param prefill carry answers over from the previous completed round of the same organisation (or unit)
 *     and model key, through lineage where the major version differs
 * @param published whether the round enters comparisons once completed; null means yes
 */
public record StartRound(String organisationCode, @Nullable Long unitId, @Nullable String modelKey,
		@Nullable String modelVersion, @Nullable String title, @Nullable String period, @Nullable RoundMode mode,
		@Nullable List<String> areas, @Nullable TargetSetting targets, boolean prefill, @Nullable Boolean published) {
}

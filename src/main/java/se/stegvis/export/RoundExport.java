package se.stegvis.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import se.stegvis.actionplan.ActionItem;
import se.stegvis.actionplan.FollowUp;
import se.stegvis.actionplan.PlanProgress;
import se.stegvis.assessment.ParticipantComment;
import se.stegvis.assessment.Round;
import se.stegvis.assessment.RoundResult;
import se.stegvis.model.AssessmentModel;
import se.stegvis.model.Indicator;
import se.stegvis.scoring.IndicatorDistribution;
import se.stegvis.scoring.IndicatorValue;
import se.stegvis.summary.Comparison;
import se.stegvis.summary.Summary;

/**
 * Everything the files of one round show, gathered once from the existing services so that every format
 * carries the same figures. All figures unrounded; the writers round them half-up to one decimal as the API does.
 *
 * @param organisationName the organisation's name (its code when unknown)
 * @param chosen the comparison the report shows; null when the organisation has no such group
 * @param indicators every indicator of the round in model order
 * @param distributionShown whether the caller sees the participants' distribution (INDIVIDUAL mode, org admin)
 * @param items the plan the round belongs to (its organisation's, or its unit's)
 * @param followUps item id → its follow-up log, newest first
 * @param progress the organisation's plan progress
 * @param exportedAt when the files were made
 */
public record RoundExport(Summary summary, RoundResult result, String organisationName, @Nullable Comparison chosen,
		List<IndicatorLine> indicators, boolean distributionShown, List<ActionItem> items,
		Map<Long, List<FollowUp>> followUps, PlanProgress progress, Instant exportedAt) {

	public RoundExport {
		indicators = List.copyOf(indicators);
		items = List.copyOf(items);
		followUps = Map.copyOf(followUps);
	}

	public Round round() {
		return this.summary.round().round();
	}

	public AssessmentModel model() {
		return this.summary.round().model();
	}

	/**
	 * One indicator of the round with the organisation's value.
	 *
	 * @param value the organisation's value ({@link RoundResult#values()})
	 * @param score the indicator score 0..100; null unless the value is a level
	 * @param target the target level of the round for this indicator
	 * @param gap target − maturity value, never below 0; null unless the value is a level
	 * @param comment the group's comment (GROUP mode); null in INDIVIDUAL mode, where comments are each participant's own
	 * @param evidenceUrl the group's evidence link (GROUP mode), as {@code comment}
	 * @param distribution the participants' answers; null unless {@link RoundExport#distributionShown()}
	 * @param consensusNote the facilitator's note on the consensus; null when none or not shown
	 * @param participantComments what the participants wrote beside their answers, by respondent group and never by
	 *     name; empty unless {@link RoundExport#distributionShown()}
	 */
	public record IndicatorLine(Indicator indicator, IndicatorValue value, @Nullable BigDecimal score, int target,
			@Nullable BigDecimal gap, @Nullable String comment, @Nullable String evidenceUrl,
			@Nullable IndicatorDistribution distribution, @Nullable String consensusNote,
			List<ParticipantComment> participantComments) {
	}

}

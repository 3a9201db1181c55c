package se.stegvis.actionplan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import se.stegvis.assessment.Round;
import se.stegvis.model.LocalizedText;
import se.stegvis.scoring.IndicatorValue;

/**
 * How an organisation's plan is going (the Uppföljning page).
 *
 * @param counts the number of items per status, every status present, in board order
 * @param overdue open items past their due date
 * @param lastRound the organisation's latest completed round; null when none
 * @param doneSinceLastRound items marked done after {@code lastRound} was completed (all done items when none)
 * @param comparisons per round that has items and a later completed round: did the work move the needle
 */
public record PlanProgress(Map<ItemStatus, Integer> counts, int total, int overdue, @Nullable Round lastRound,
		int doneSinceLastRound, List<RoundComparison> comparisons) {

	public PlanProgress {
		counts = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(counts));
		comparisons = List.copyOf(comparisons);
	}

	/**
	 * The items that came from {@code before}, and the values of their indicators then and at {@code after},
	 * the latest completed round of the same organisation (or unit) and model that started after it.
	 */
	public record RoundComparison(Round before, Round after, List<IndicatorChange> indicators) {

		public RoundComparison {
			indicators = List.copyOf(indicators);
		}

	}

	/**
	 * One indicator that had items.
	 *
	 * @param before the organisation value in the earlier round
	 * @param after the organisation value in the later round
	 * @param delta after − before in maturity values, unrounded; null unless both are levels
	 * @param items the items that should move it, with their status now
	 */
	public record IndicatorChange(String indicatorKey, LocalizedText text, IndicatorValue before, IndicatorValue after,
			@Nullable BigDecimal delta, List<ActionItem> items) {

		public IndicatorChange {
			items = List.copyOf(items);
		}

	}

}

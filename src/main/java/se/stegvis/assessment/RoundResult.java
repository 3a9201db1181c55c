package se.stegvis.assessment;

import java.util.Map;

import se.stegvis.scoring.IndicatorValue;
import se.stegvis.scoring.ScopeScores;
import se.stegvis.scoring.Targets;

/**
 * What a round says about the organisation (or unit), for summaries, action plans and exports, so that
 * nobody recomputes it.
 *
 * @param values every indicator of the round's areas in model order → the organisation's value: the group
 *     answer in GROUP mode; in INDIVIDUAL mode the consensus where set, otherwise the participants' mean
 *     ({@code scoring.IndividualAggregation}); UNANSWERED where nothing is known
 * @param targets the round's targets
 * @param scores {@code ScopeScoring.scoreAll} over {@code values}
 * @param preliminary true unless the round is COMPLETED
 */
public record RoundResult(RoundView round, Map<String, IndicatorValue> values, Targets targets, ScopeScores scores,
		boolean preliminary) {

	public RoundResult {
		values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
	}

}

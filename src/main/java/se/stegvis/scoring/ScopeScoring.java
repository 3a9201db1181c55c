package se.stegvis.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Scope scores and coverage (DESIGN.md §3): the unweighted mean of the indicator scores in a scope,
 * and the share of applicable indicators that are scored. {@code overall} averages indicators, not
 * dimension scores.
 *
 * <p>An indicator missing from the {@code values} map counts as {@link IndicatorValue#UNANSWERED};
 * values of indicators not passed are ignored.
 */
public final class ScopeScoring {

    private ScopeScoring() {
    }

    /**
     * The score of one scope made of exactly the given indicators (any subset: filter with
     * {@link IndicatorPlacement#isIn(ScopeKey)} or by any other rule).
     *
     * @throws IllegalArgumentException when a level is outside the scale
     */
    public static ScopeScore score(
            Scale scale, Collection<IndicatorPlacement> indicators, Map<String, IndicatorValue> values) {
        return aggregate(indicators, (indicator) -> IndicatorScore.of(scale, indicator, values));
    }

    /**
     * The scores of overall, every dimension group, dimension, area and area × dimension cell that
     * holds at least one of the indicators.
     *
     * @param indicators the indicators to score, in model order (the caller leaves out areas outside
     *     the round)
     * @throws IllegalArgumentException when two indicators share a key or a level is outside the scale
     */
    public static ScopeScores scoreAll(
            Scale scale, List<IndicatorPlacement> indicators, Map<String, IndicatorValue> values) {
        // An indicator's score is the same in every scope that holds it (overall, its dimension, area and cell):
        // worked out once here rather than once per scope.
        Map<String, IndicatorScore> byKey = new HashMap<>();
        for (IndicatorPlacement indicator : indicators) {
            byKey.put(indicator.key(), IndicatorScore.of(scale, indicator, values));
        }
        Map<ScopeKey, ScopeScore> scores = new LinkedHashMap<>();
        ScopePartition.of(indicators).forEach((scope, members) ->
                scores.put(scope, aggregate(members, (indicator) -> byKey.get(indicator.key()))));
        return new ScopeScores(scores);
    }

    private static ScopeScore aggregate(
            Collection<IndicatorPlacement> indicators, Function<IndicatorPlacement, IndicatorScore> scoreOf) {
        List<BigDecimal> scores = new ArrayList<>();
        int notApplicable = 0;
        for (IndicatorPlacement indicator : indicators) {
            IndicatorScore score = scoreOf.apply(indicator);
            if (score.score() != null) {
                scores.add(score.score());
            } else if (score.notApplicable()) {
                notApplicable++;
            }
        }
        int total = indicators.size();
        return new ScopeScore(Decimals.mean(scores), Decimals.fraction(scores.size(), total - notApplicable),
                scores.size(), total);
    }

    /** One indicator's score (null when it has none) and whether it was answered Ej relevant. */
    private record IndicatorScore(@Nullable BigDecimal score, boolean notApplicable) {

        static IndicatorScore of(Scale scale, IndicatorPlacement indicator, Map<String, IndicatorValue> values) {
            IndicatorValue value = values.getOrDefault(indicator.key(), IndicatorValue.UNANSWERED);
            return new IndicatorScore(scale.score(value, indicator.reverse()),
                    value.kind() == IndicatorValue.Kind.NOT_APPLICABLE);
        }
    }
}

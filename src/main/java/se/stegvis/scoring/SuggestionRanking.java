package se.stegvis.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The ranked suggestions of an assessment (DESIGN.md §3).
 *
 * <p>First, for every indicator whose maturity value is below its target, each IMPROVE activity that
 * applies at that (unrounded) value, ranked by gap descending, then the indicator's weight descending,
 * then effort ascending (S &lt; M &lt; L), then model order of indicator and activity. After those, for
 * every indicator answered DONT_KNOW, its FIND_OUT activities in model order. Indicators answered
 * NOT_APPLICABLE or not at all get no suggestion.
 */
public final class SuggestionRanking {

    private static final Comparator<Ranked> ORDER = Comparator
            .comparing((Ranked r) -> Objects.requireNonNull(r.suggestion().gap())).reversed()
            .thenComparing(Ranked::weight, Comparator.reverseOrder())
            .thenComparing(r -> r.suggestion().effort())
            .thenComparingInt(Ranked::indicatorIndex)
            .thenComparingInt(Ranked::activityIndex);

    private SuggestionRanking() {
    }

    /**
     * Ranks the suggestions.
     *
     * @param indicators every indicator of the round, in model order
     * @throws IllegalArgumentException when a value is outside the scale
     */
    public static List<Suggestion> rank(Scale scale, List<SuggestionInput> indicators) {
        List<Ranked> improvements = new ArrayList<>();
        List<Suggestion> findOuts = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            SuggestionInput indicator = indicators.get(i);
            BigDecimal value = scale.maturityValue(indicator.value(), indicator.reverse());
            BigDecimal gap = Targets.gap(indicator.target(), value);
            List<ActivityOption> activities = indicator.activities();
            for (int a = 0; a < activities.size(); a++) {
                ActivityOption activity = activities.get(a);
                if (value != null && gap != null && gap.signum() > 0 && activity.appliesAt(value)) {
                    improvements.add(new Ranked(suggestion(indicator, activity, value, gap), indicator.weight(), i, a));
                } else if (indicator.value().kind() == IndicatorValue.Kind.DONT_KNOW
                        && activity.kind() == ActivityKind.FIND_OUT) {
                    findOuts.add(suggestion(indicator, activity, null, null));
                }
            }
        }
        improvements.sort(ORDER);
        List<Suggestion> ranked = new ArrayList<>(improvements.size() + findOuts.size());
        improvements.forEach(r -> ranked.add(r.suggestion()));
        ranked.addAll(findOuts);
        return List.copyOf(ranked);
    }

    private static Suggestion suggestion(SuggestionInput indicator, ActivityOption activity,
            @Nullable BigDecimal value, @Nullable BigDecimal gap) {
        return new Suggestion(indicator.indicatorKey(), activity.key(), activity.kind(), value, indicator.target(), gap,
                activity.effort());
    }

    private record Ranked(Suggestion suggestion, BigDecimal weight, int indicatorIndex, int activityIndex) {
    }
}

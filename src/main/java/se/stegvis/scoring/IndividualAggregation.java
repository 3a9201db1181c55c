package se.stegvis.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Individual mode (DESIGN.md §3): an indicator's value for the organisation from its participants'
 * answers and the group's consensus, with dispersion, counts and respondent-group figures.
 */
public final class IndividualAggregation {

    private static final BigDecimal DISCUSSION_SPAN = BigDecimal.valueOf(2);

    private IndividualAggregation() {
    }

    /**
     * Aggregates the answers of one indicator.
     *
     * @param answers every participant's answer (UNANSWERED ones are ignored)
     * @param consensus the consensus answer; null or UNANSWERED when none is set. A consensus of
     *     DONT_KNOW or NOT_APPLICABLE is the organisation's value as it stands.
     * @throws IllegalArgumentException when a level (participant's or consensus) is outside the scale
     */
    public static IndicatorDistribution aggregate(
            Scale scale, List<ParticipantAnswer> answers, @Nullable IndicatorValue consensus) {
        Map<String, List<IndicatorValue>> answersByGroup = new LinkedHashMap<>();
        List<IndicatorValue> allAnswers = new ArrayList<>();
        for (ParticipantAnswer answer : answers) {
            allAnswers.add(answer.value());
            String group = answer.respondentGroup();
            if (group != null) {
                answersByGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(answer.value());
            }
        }
        Map<String, Distribution> byGroup = new LinkedHashMap<>();
        answersByGroup.forEach((group, values) -> byGroup.put(group, distribution(scale, values)));
        Distribution all = distribution(scale, allAnswers);

        IndicatorValue agreed = consensus == null || consensus.kind() == IndicatorValue.Kind.UNANSWERED
                ? null : consensus;
        if (agreed != null && agreed.level() != null) {
            scale.checkLevel(agreed.level());
        }
        return new IndicatorDistribution(agreed != null ? agreed : all.value(), agreed, all, byGroup,
                groupGap(byGroup.values()));
    }

    /**
     * The distribution of one set of answers: value, dispersion, discussion flag and counts.
     *
     * @param answers whole levels, DONT_KNOW, NOT_APPLICABLE or UNANSWERED (ignored)
     * @throws IllegalArgumentException when a level is not whole or is outside the scale
     */
    public static Distribution distribution(Scale scale, Collection<IndicatorValue> answers) {
        SortedMap<Integer, Integer> counts = new TreeMap<>();
        for (int level = 0; level <= scale.maxLevel(); level++) {
            counts.put(level, 0);
        }
        List<BigDecimal> levels = new ArrayList<>();
        int dontKnow = 0;
        int notApplicable = 0;
        for (IndicatorValue answer : answers) {
            switch (answer.kind()) {
                case LEVEL -> {
                    BigDecimal level = scale.checkLevel(wholeLevel(answer));
                    levels.add(level);
                    counts.merge(level.intValueExact(), 1, Integer::sum);
                }
                case DONT_KNOW -> dontKnow++;
                case NOT_APPLICABLE -> notApplicable++;
                case UNANSWERED -> { }
            }
        }
        BigDecimal mean = Decimals.mean(levels);
        IndicatorValue value = mean != null ? IndicatorValue.level(mean)
                : dontKnow > 0 ? IndicatorValue.DONT_KNOW
                : notApplicable > 0 ? IndicatorValue.NOT_APPLICABLE
                : IndicatorValue.UNANSWERED;
        return new Distribution(value, standardDeviation(levels), needsDiscussion(levels), counts, dontKnow,
                notApplicable);
    }

    /**
     * The population standard deviation, {@code sqrt((nΣx² − (Σx)²) / n²)}: exact up to one division
     * and one square root, both in DECIMAL128.
     *
     * @return null for no values
     */
    static @Nullable BigDecimal standardDeviation(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal n = BigDecimal.valueOf(values.size());
        BigDecimal sum = Decimals.sum(values);
        BigDecimal sumOfSquares = Decimals.sum(values.stream().map(v -> v.multiply(v)).toList());
        BigDecimal numerator = n.multiply(sumOfSquares).subtract(sum.multiply(sum));
        return Decimals.divide(numerator, n.multiply(n)).sqrt(Decimals.DIVISION);
    }

    private static boolean needsDiscussion(List<BigDecimal> levels) {
        return levels.size() >= 2 && span(levels).compareTo(DISCUSSION_SPAN) >= 0;
    }

    private static @Nullable BigDecimal groupGap(Collection<Distribution> groups) {
        List<BigDecimal> means = new ArrayList<>();
        for (Distribution group : groups) {
            BigDecimal mean = group.mean();
            if (mean != null) {
                means.add(mean);
            }
        }
        return means.size() < 2 ? null : span(means);
    }

    private static BigDecimal span(List<BigDecimal> values) {
        BigDecimal max = values.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal min = values.stream().min(BigDecimal::compareTo).orElseThrow();
        return max.subtract(min);
    }

    private static BigDecimal wholeLevel(IndicatorValue answer) {
        BigDecimal level = Objects.requireNonNull(answer.level());
        if (level.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("a participant's level must be whole, was " + level);
        }
        return level;
    }
}

package se.stegvis.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One indicator as the suggestion ranking needs it.
 *
 * <p>The constructor throws {@link IllegalArgumentException} when the weight is not positive or the
 * target negative.
 *
 * @param indicatorKey the indicator key
 * @param weight the indicator's weight, positive
 * @param reverse whether agreement means less maturity; the ranking turns {@code value} into the
 *     maturity value itself ({@link Scale#maturityValue})
 * @param value the organisation's value as answered (a level or unrounded mean, DONT_KNOW, …), not
 *     reversed
 * @param target the indicator's target level ({@link Targets#targetFor})
 * @param activities the indicator's activities in model order
 */
public record SuggestionInput(
        String indicatorKey,
        BigDecimal weight,
        boolean reverse,
        IndicatorValue value,
        int target,
        List<ActivityOption> activities) {

    public SuggestionInput {
        Decimals.nonBlank(indicatorKey, "indicatorKey");
        if (Objects.requireNonNull(weight, "weight").signum() <= 0) {
            throw new IllegalArgumentException("weight of " + indicatorKey + " must be positive, was " + weight);
        }
        Objects.requireNonNull(value, "value");
        if (target < 0) {
            throw new IllegalArgumentException("target of " + indicatorKey + " is negative");
        }
        activities = List.copyOf(activities);
    }
}

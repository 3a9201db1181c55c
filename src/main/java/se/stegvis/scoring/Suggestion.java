package se.stegvis.scoring;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One ranked suggestion: an activity worth doing for an indicator.
 *
 * @param indicatorKey the indicator
 * @param activityKey the activity
 * @param kind IMPROVE (below target) or FIND_OUT (answered "Vet ej")
 * @param currentValue the maturity value, unrounded; null for FIND_OUT
 * @param target the indicator's target level
 * @param gap {@code target − currentValue}, positive; null for FIND_OUT
 * @param effort the activity's effort
 */
public record Suggestion(
        String indicatorKey,
        String activityKey,
        ActivityKind kind,
        @Nullable BigDecimal currentValue,
        int target,
        @Nullable BigDecimal gap,
        Effort effort) {

    public Suggestion {
        Objects.requireNonNull(indicatorKey, "indicatorKey");
        Objects.requireNonNull(activityKey, "activityKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(effort, "effort");
    }
}

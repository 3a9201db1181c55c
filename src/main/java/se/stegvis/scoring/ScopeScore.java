package se.stegvis.scoring;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The score of one scope, as every page, export and API serves it.
 *
 * <p>The constructor throws {@link IllegalArgumentException} when the figures contradict each other.
 *
 * @param score the unweighted mean of the indicator scores in the scope, 0..100, unrounded; null
 *     exactly when nothing in the scope is scored
 * @param coverage {@code scored / (total − NOT_APPLICABLE indicators)} as a fraction 0..1; 0 when every
 *     indicator of the scope is NOT_APPLICABLE or the scope is empty (0/0 is taken as "nothing covered")
 * @param scored the number of indicators with a score
 * @param total the number of indicators in the scope
 */
public record ScopeScore(@Nullable BigDecimal score, BigDecimal coverage, int scored, int total) {

    public ScopeScore {
        Objects.requireNonNull(coverage, "coverage");
        if (scored < 0 || scored > total) {
            throw new IllegalArgumentException("scored " + scored + " is outside 0.." + total);
        }
        if ((score == null) != (scored == 0)) {
            throw new IllegalArgumentException("a score is required exactly when something is scored");
        }
        if (coverage.signum() < 0 || coverage.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("coverage " + coverage + " is outside 0..1");
        }
    }
}

package se.stegvis.scoring;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One entry (a dimension, area or cell) of a comparison group. All figures are unrounded.
 *
 * <p>The constructor throws {@link IllegalArgumentException} when n is negative, or a suppressed entry
 * has figures, or a published one has no mean.
 *
 * @param n the organisations with a score for the entry
 * @param mean the mean of their scores; null when suppressed
 * @param median PERCENTILE.INC at 0.5; null when suppressed or n &lt; 10
 * @param p25 PERCENTILE.INC at 0.25; null when suppressed or n &lt; 10
 * @param p75 PERCENTILE.INC at 0.75; null when suppressed or n &lt; 10
 * @param reason why the figures are null; null exactly when the entry is published
 */
public record ComparisonEntry(
        int n,
        @Nullable BigDecimal mean,
        @Nullable BigDecimal median,
        @Nullable BigDecimal p25,
        @Nullable BigDecimal p75,
        @Nullable SuppressionReason reason) {

    public ComparisonEntry {
        if (n < 0) {
            throw new IllegalArgumentException("n " + n + " is negative");
        }
        if (reason != null && (mean != null || median != null || p25 != null || p75 != null)) {
            throw new IllegalArgumentException("a suppressed entry has no figures");
        }
        if (reason == null && mean == null) {
            throw new IllegalArgumentException("a published entry has a mean");
        }
    }

    /** An entry that shows only its n. */
    public static ComparisonEntry suppressed(int n, SuppressionReason reason) {
        return new ComparisonEntry(n, null, null, null, null, Objects.requireNonNull(reason, "reason"));
    }

    /** Whether the figures are published. */
    public boolean published() {
        return reason == null;
    }
}

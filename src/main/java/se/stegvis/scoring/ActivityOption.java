package se.stegvis.scoring;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An activity of the model as the suggestion ranking sees it.
 *
 * <p>The constructor throws {@link IllegalArgumentException} when the levels do not fit the kind.
 *
 * @param key the activity key
 * @param kind IMPROVE or FIND_OUT
 * @param fromLevel IMPROVE: the lowest maturity value it applies to; FIND_OUT: null
 * @param toLevel IMPROVE: the maturity value it leads to, above {@code fromLevel} (it applies to values
 *     {@code fromLevel ≤ value < toLevel}); FIND_OUT: null
 * @param effort S, M or L
 */
public record ActivityOption(
        String key, ActivityKind kind, @Nullable Integer fromLevel, @Nullable Integer toLevel, Effort effort) {

    public ActivityOption {
        Decimals.nonBlank(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(effort, "effort");
        if (kind == ActivityKind.FIND_OUT && (fromLevel != null || toLevel != null)) {
            throw new IllegalArgumentException("FIND_OUT activity " + key + " has no level range");
        }
        if (kind == ActivityKind.IMPROVE && (fromLevel == null || toLevel == null || fromLevel < 0
                || fromLevel >= toLevel)) {
            throw new IllegalArgumentException(
                    "IMPROVE activity " + key + " needs 0 ≤ fromLevel < toLevel, was " + fromLevel + ".." + toLevel);
        }
    }

    /** An IMPROVE activity for values {@code fromLevel ≤ value < toLevel}. */
    public static ActivityOption improve(String key, int fromLevel, int toLevel, Effort effort) {
        return new ActivityOption(key, ActivityKind.IMPROVE, fromLevel, toLevel, effort);
    }

    /** A FIND_OUT activity. */
    public static ActivityOption findOut(String key, Effort effort) {
        return new ActivityOption(key, ActivityKind.FIND_OUT, null, null, effort);
    }

    /** Whether this IMPROVE activity applies at the maturity value; always false for FIND_OUT. */
    public boolean appliesAt(BigDecimal maturityValue) {
        if (fromLevel == null || toLevel == null) {
            return false;
        }
        return maturityValue.compareTo(BigDecimal.valueOf(fromLevel)) >= 0
                && maturityValue.compareTo(BigDecimal.valueOf(toLevel)) < 0;
    }
}

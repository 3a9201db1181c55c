package se.stegvis.scoring;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The value of one indicator: a level, "Vet ej", "Ej relevant", or no answer yet.
 *
 * <p>{@code level} is non-null exactly when {@code kind} is {@link Kind#LEVEL}. It is never negative
 * and may be a decimal: in individual mode the organisation's value is the unrounded mean of the
 * participants' levels. Whether a level lies on a model's scale is checked where the scale is known
 * (see {@link Scale#checkLevel(BigDecimal)}). Two values are equal when their kinds are equal and their
 * levels are numerically equal ({@code 2} equals {@code 2.0}).
 *
 * <p>The constructor throws {@link IllegalArgumentException} when the level does not match the kind or
 * is negative.
 */
public record IndicatorValue(Kind kind, @Nullable BigDecimal level) {

    /** What kind of answer an indicator has. */
    public enum Kind {
        /** A level (or a mean of levels) on the scale. */
        LEVEL,
        /** "Vet ej": the respondent does not know; counts in the coverage denominator. */
        DONT_KNOW,
        /** "Ej relevant": the indicator does not apply; left out of the coverage denominator. */
        NOT_APPLICABLE,
        /** Nobody has answered yet; counts in the coverage denominator. */
        UNANSWERED
    }

    /** "Vet ej". */
    public static final IndicatorValue DONT_KNOW = new IndicatorValue(Kind.DONT_KNOW, null);

    /** "Ej relevant". */
    public static final IndicatorValue NOT_APPLICABLE = new IndicatorValue(Kind.NOT_APPLICABLE, null);

    /** Not answered. */
    public static final IndicatorValue UNANSWERED = new IndicatorValue(Kind.UNANSWERED, null);

    public IndicatorValue {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.LEVEL) != (level != null)) {
            throw new IllegalArgumentException("a level is required for LEVEL and not allowed for " + kind);
        }
        if (level != null && level.signum() < 0) {
            throw new IllegalArgumentException("level " + level + " is negative");
        }
    }

    /** A whole level; IllegalArgumentException when negative. */
    public static IndicatorValue level(int level) {
        return new IndicatorValue(Kind.LEVEL, BigDecimal.valueOf(level));
    }

    /** A level or mean of levels; IllegalArgumentException when negative. */
    public static IndicatorValue level(BigDecimal level) {
        return new IndicatorValue(Kind.LEVEL, Objects.requireNonNull(level, "level"));
    }

    /** Whether this value is a level (and {@link #level()} is therefore non-null). */
    public boolean hasLevel() {
        return kind == Kind.LEVEL;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (!(other instanceof IndicatorValue that) || kind != that.kind) {
            return false;
        }
        return level == null ? that.level == null : that.level != null && level.compareTo(that.level) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, level == null ? null : level.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return level == null ? kind.name() : level.toPlainString();
    }
}

package se.stegvis.scoring;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A model's maturity scale, levels 0..{@code maxLevel}, and the indicator-level rules on it.
 *
 * <p>The constructor throws {@link IllegalArgumentException} when {@code maxLevel} is below 1.
 *
 * @param maxLevel the highest level, at least 1
 */
public record Scale(int maxLevel) {

    public Scale {
        if (maxLevel < 1) {
            throw new IllegalArgumentException("maxLevel must be at least 1, was " + maxLevel);
        }
    }

    /**
     * The indicator score, 0..100: {@code level / maxLevel × 100}, or for a reverse indicator
     * {@code (maxLevel − level) / maxLevel × 100}.
     *
     * @return null for DONT_KNOW, NOT_APPLICABLE and UNANSWERED
     * @throws IllegalArgumentException when the level is above {@code maxLevel}
     */
    public @Nullable BigDecimal score(IndicatorValue value, boolean reverse) {
        BigDecimal maturity = maturityValue(value, reverse);
        return maturity == null ? null : Decimals.divide(maturity.multiply(Decimals.HUNDRED), maxLevel);
    }

    /**
     * The maturity value: the level, or {@code maxLevel − level} for a reverse indicator, so that a
     * higher value always means more mature. Unrounded where the level is a mean.
     *
     * @return null for DONT_KNOW, NOT_APPLICABLE and UNANSWERED
     * @throws IllegalArgumentException when the level is above {@code maxLevel}
     */
    public @Nullable BigDecimal maturityValue(IndicatorValue value, boolean reverse) {
        BigDecimal level = value.level();
        if (level == null) {
            return null;
        }
        checkLevel(level);
        return reverse ? BigDecimal.valueOf(maxLevel).subtract(level) : level;
    }

    /**
     * The level itself when it lies within 0..maxLevel.
     *
     * @throws IllegalArgumentException when it is negative or above {@code maxLevel}
     */
    public BigDecimal checkLevel(BigDecimal level) {
        if (level.signum() < 0 || level.compareTo(BigDecimal.valueOf(maxLevel)) > 0) {
            throw new IllegalArgumentException(
                    "level " + level.toPlainString() + " is outside the scale 0.." + maxLevel);
        }
        return level;
    }

    /**
     * The whole level itself when it lies within 0..maxLevel.
     *
     * @throws IllegalArgumentException when it is negative or above {@code maxLevel}
     */
    public int checkLevel(int level) {
        checkLevel(BigDecimal.valueOf(level));
        return level;
    }
}

package se.stegvis.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * The only rounding in Stegvis: one decimal, half-up (away from zero), applied when a figure is shown
 * or serialised, never before a calculation. 56.25 → 56.3, −0.25 → −0.3, 56.24 → 56.2.
 */
public final class DisplayRounding {

    private DisplayRounding() {
    }

    /** The value to one decimal, half away from zero; always scale 1 (50 → 50.0). */
    public static BigDecimal oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }

    /** As {@link #oneDecimal(BigDecimal)}; null for null. */
    public static @Nullable BigDecimal oneDecimalOrNull(@Nullable BigDecimal value) {
        return value == null ? null : oneDecimal(value);
    }

    /** A fraction 0..1 (a coverage or a share) as a percentage to one decimal: 2/3 → 66.7. */
    public static BigDecimal percent(BigDecimal fraction) {
        return oneDecimal(fraction.multiply(Decimals.HUNDRED));
    }

    /** As {@link #percent(BigDecimal)}; null for null. */
    public static @Nullable BigDecimal percentOrNull(@Nullable BigDecimal fraction) {
        return fraction == null ? null : percent(fraction);
    }
}

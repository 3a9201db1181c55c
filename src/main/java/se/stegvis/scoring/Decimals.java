package se.stegvis.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** The few operations every calculation of the module shares, so that each is written once. */
final class Decimals {

    /** The precision of every division (and square root) in the module. */
    static final MathContext DIVISION = MathContext.DECIMAL128;

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, DIVISION);
    }

    static BigDecimal divide(BigDecimal dividend, int divisor) {
        return divide(dividend, BigDecimal.valueOf(divisor));
    }

    /** The exact sum divided once by the count; null for no values. */
    static @Nullable BigDecimal mean(Collection<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        return divide(sum(values), values.size());
    }

    static BigDecimal sum(Collection<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            sum = sum.add(value);
        }
        return sum;
    }

    /** {@code part / whole} as a fraction; 0 when {@code whole} is 0. */
    static BigDecimal fraction(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO : divide(BigDecimal.valueOf(part), whole);
    }

    /** The text itself; NullPointerException when null, IllegalArgumentException when blank. */
    static String nonBlank(String text, String what) {
        if (Objects.requireNonNull(text, what).isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return text;
    }
}

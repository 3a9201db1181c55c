package se.stegvis.scoring;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * How many indicators of a scope have reached their targets.
 *
 * <p>The constructor throws {@link IllegalArgumentException} unless {@code 0 ≤ atTarget ≤ withLevel}.
 *
 * @param atTarget indicators whose maturity value is at or above their target
 * @param withLevel indicators of the scope that have a level value
 */
public record TargetShare(int atTarget, int withLevel) {

    public TargetShare {
        if (atTarget < 0 || atTarget > withLevel) {
            throw new IllegalArgumentException("atTarget " + atTarget + " is outside 0.." + withLevel);
        }
    }

    /** {@code atTarget / withLevel} as a fraction 0..1; null when no indicator has a level value. */
    public @Nullable BigDecimal share() {
        return withLevel == 0 ? null : Decimals.fraction(atTarget, withLevel);
    }
}

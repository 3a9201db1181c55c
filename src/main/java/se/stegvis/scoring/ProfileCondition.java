package se.stegvis.scoring;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One condition of a profile: {@code score(scope, key) op value}.
 *
 * <p>The constructor throws {@link IllegalArgumentException} for a CELL scope, a key that does not fit
 * the scope, or a threshold outside 0..100.
 *
 * @param scope OVERALL, DIMENSION_GROUP, DIMENSION or AREA (not CELL)
 * @param key null for OVERALL; the group, dimension or area key otherwise
 * @param op the comparison
 * @param value the threshold, a score 0..100
 */
public record ProfileCondition(ScopeType scope, @Nullable String key, ComparisonOperator op, BigDecimal value) {

    public ProfileCondition {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(value, "value");
        if (scope == ScopeType.OVERALL && key != null) {
            throw new IllegalArgumentException("an OVERALL condition has no key");
        }
        ScopeKey.of(scope, key);
        if (value.signum() < 0 || value.compareTo(Decimals.HUNDRED) > 0) {
            throw new IllegalArgumentException("threshold " + value + " is outside 0..100");
        }
    }

    /** The scope the condition reads. */
    public ScopeKey scopeKey() {
        return ScopeKey.of(scope, key);
    }

    /**
     * Whether the condition holds for the scores: the scope's exact, unrounded score compared with the
     * threshold. A scope that is absent or has a null score does not hold.
     */
    public boolean holdsFor(ScopeScores scores) {
        BigDecimal score = scores.find(scopeKey()).map(ScopeScore::score).orElse(null);
        return score != null && op.holds(score, value);
    }
}

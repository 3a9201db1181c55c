package se.stegvis.scoring;

import java.math.BigDecimal;

/** How a profile condition compares a scope's score with its threshold. */
public enum ComparisonOperator {
    /** score ≥ threshold. */
    GTE,
    /** score &gt; threshold. */
    GT,
    /** score &lt; threshold. */
    LT,
    /** score ≤ threshold. */
    LTE;

    /** Whether {@code score op threshold} holds, comparing the exact (unrounded) values. */
    public boolean holds(BigDecimal score, BigDecimal threshold) {
        int comparison = score.compareTo(threshold);
        return switch (this) {
            case GTE -> comparison >= 0;
            case GT -> comparison > 0;
            case LT -> comparison < 0;
            case LTE -> comparison <= 0;
        };
    }
}

package se.stegvis.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The figures of one comparison entry (DESIGN.md §3): n, mean and, from n ≥ 10, median and quartiles,
 * suppressed in an anonymous group below k.
 */
public final class ComparisonStatistics {

    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal THREE_QUARTERS = new BigDecimal("0.75");

    private ComparisonStatistics() {
    }

    /**
     * The entry for the given organisations' scores.
     *
     * @param scores one score per organisation counted in the group; a null score (the organisation
     *     had nothing scored in this entry) is left out of n
     * @return NO_DATA when n = 0; FEWER_THAN_K when the group is anonymous and n &lt; k; otherwise the
     *     mean and, where n ≥ {@value ComparisonPolicy#MIN_N_FOR_PERCENTILES}, the median, p25 and p75
     */
    public static ComparisonEntry entry(Collection<? extends @Nullable BigDecimal> scores, ComparisonPolicy policy) {
        List<BigDecimal> sorted = new ArrayList<>();
        for (BigDecimal score : scores) {
            if (score != null) {
                sorted.add(score);
            }
        }
        sorted.sort(BigDecimal::compareTo);
        int n = sorted.size();
        if (n == 0) {
            return ComparisonEntry.suppressed(0, SuppressionReason.NO_DATA);
        }
        if (policy.anonymous() && n < policy.k()) {
            return ComparisonEntry.suppressed(n, SuppressionReason.FEWER_THAN_K);
        }
        BigDecimal mean = Decimals.mean(sorted);
        if (n < ComparisonPolicy.MIN_N_FOR_PERCENTILES) {
            return new ComparisonEntry(n, mean, null, null, null, null);
        }
        return new ComparisonEntry(n, mean, percentileInc(sorted, HALF), percentileInc(sorted, QUARTER),
                percentileInc(sorted, THREE_QUARTERS), null);
    }

    /**
     * The p-th percentile as spreadsheets' PERCENTILE.INC: with the 0-based rank {@code r = p × (n − 1)},
     * {@code x[⌊r⌋] + (r − ⌊r⌋) × (x[⌊r⌋ + 1] − x[⌊r⌋])}. Exact: no division.
     *
     * @param sorted ascending, not empty
     * @param p 0..1
     */
    static BigDecimal percentileInc(List<BigDecimal> sorted, BigDecimal p) {
        BigDecimal rank = p.multiply(BigDecimal.valueOf(sorted.size() - 1L));
        int lower = rank.setScale(0, RoundingMode.FLOOR).intValueExact();
        BigDecimal fraction = rank.subtract(BigDecimal.valueOf(lower));
        if (lower + 1 >= sorted.size()) {
            return sorted.get(lower);
        }
        BigDecimal below = sorted.get(lower);
        return below.add(fraction.multiply(sorted.get(lower + 1).subtract(below)));
    }
}

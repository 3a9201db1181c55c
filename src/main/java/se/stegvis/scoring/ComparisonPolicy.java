package se.stegvis.scoring;

/**
 * How a comparison group publishes its entries.
 *
 * <p>The constructor throws {@link IllegalArgumentException} when k is below {@value #MIN_K}.
 *
 * @param anonymous true for national, region and municipality groups (an entry is published only when
 *     its n ≥ k); false for a network, whose members consented to be compared by name and whose entries
 *     are always published
 * @param k the least n an anonymous entry needs; at least {@value #MIN_K} (ignored for a network)
 */
public record ComparisonPolicy(boolean anonymous, int k) {

    /** The k of an anonymous group unless configured otherwise. */
    public static final int DEFAULT_K = 5;

    /** The lowest k allowed. */
    public static final int MIN_K = 3;

    /** The least n for which the median and quartiles are published. */
    public static final int MIN_N_FOR_PERCENTILES = 10;

    public ComparisonPolicy {
        if (k < MIN_K) {
            throw new IllegalArgumentException("k must be at least " + MIN_K + ", was " + k);
        }
    }

    /** An anonymous group with the default k. */
    public static ComparisonPolicy anonymousGroup() {
        return new ComparisonPolicy(true, DEFAULT_K);
    }

    /** An anonymous group; IllegalArgumentException when k is below {@value #MIN_K}. */
    public static ComparisonPolicy anonymousGroup(int k) {
        return new ComparisonPolicy(true, k);
    }

    /** A network: always published. */
    public static ComparisonPolicy network() {
        return new ComparisonPolicy(false, DEFAULT_K);
    }
}

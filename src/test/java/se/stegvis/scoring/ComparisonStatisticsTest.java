package se.stegvis.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ComparisonStatisticsTest {

    /** Ten scores, unsorted. Sorted: 12 35 47 50 51 58 64 70 88 95 (ranks 0..9); sum 570. */
    private static final List<BigDecimal> TEN = scores(58, 12, 95, 47, 70, 35, 88, 51, 64, 50);

    private static List<BigDecimal> scores(int... values) {
        return IntStream.of(values).mapToObj(BigDecimal::valueOf).toList();
    }

    private static List<BigDecimal> first(int n) {
        return TEN.subList(0, n);
    }

    @Test
    void percentilesAtTenMatchSpreadsheetPercentileInc() {
        ComparisonEntry entry = ComparisonStatistics.entry(TEN, ComparisonPolicy.anonymousGroup());

        assertThat(entry.n()).isEqualTo(10);
        assertThat(entry.mean()).isEqualByComparingTo("57");         // 570 / 10
        assertThat(entry.p25()).isEqualByComparingTo("47.75");       // rank 0.25 × 9 = 2.25: 47 + 0.25 × (50 − 47)
        assertThat(entry.median()).isEqualByComparingTo("54.5");     // rank 0.5 × 9 = 4.5: 51 + 0.5 × (58 − 51)
        assertThat(entry.p75()).isEqualByComparingTo("68.5");        // rank 0.75 × 9 = 6.75: 64 + 0.75 × (70 − 64)
        assertThat(entry.reason()).isNull();
    }

    @Test
    void percentileAtAWholeRankIsThatScore() {
        // n = 13: p75 rank 0.75 × 12 = 9, exactly the 10th smallest
        List<BigDecimal> thirteen = new ArrayList<>(TEN);
        thirteen.addAll(scores(99, 100, 0));
        ComparisonEntry entry = ComparisonStatistics.entry(thirteen, ComparisonPolicy.network());

        assertThat(entry.p75()).isEqualByComparingTo("88");       // sorted: 0 12 35 47 50 51 58 64 70 88 95 99 100
        assertThat(ComparisonStatistics.percentileInc(scores(1, 2), BigDecimal.ONE)).isEqualByComparingTo("2");
    }

    @Test
    void anonymousEntryBelowKShowsOnlyN() {
        ComparisonEntry entry = ComparisonStatistics.entry(first(4), ComparisonPolicy.anonymousGroup());

        assertThat(entry).isEqualTo(ComparisonEntry.suppressed(4, SuppressionReason.FEWER_THAN_K));
        assertThat(entry.published()).isFalse();
    }

    @Test
    void anonymousEntryAtKPublishesMeanWithoutPercentiles() {
        // 58 + 12 + 95 + 47 + 70 = 282; / 5 = 56.4
        ComparisonEntry entry = ComparisonStatistics.entry(first(5), ComparisonPolicy.anonymousGroup());

        assertThat(entry.n()).isEqualTo(5);
        assertThat(entry.mean()).isEqualByComparingTo("56.4");
        assertThat(entry.median()).isNull();
        assertThat(entry.p25()).isNull();
        assertThat(entry.p75()).isNull();
        assertThat(entry.published()).isTrue();
    }

    @Test
    void percentilesNeedTenOrganisations() {
        ComparisonEntry nine = ComparisonStatistics.entry(first(9), ComparisonPolicy.anonymousGroup());
        ComparisonEntry ten = ComparisonStatistics.entry(first(10), ComparisonPolicy.anonymousGroup());

        assertThat(nine.mean()).isNotNull();
        assertThat(nine.median()).isNull();
        assertThat(ten.median()).isNotNull();
    }

    @Test
    void configuredKMovesTheBoundary() {
        ComparisonPolicy k3 = ComparisonPolicy.anonymousGroup(3);

        assertThat(ComparisonStatistics.entry(first(2), k3).reason()).isEqualTo(SuppressionReason.FEWER_THAN_K);
        assertThat(ComparisonStatistics.entry(first(3), k3).published()).isTrue();
    }

    @Test
    void kBelowThreeIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> ComparisonPolicy.anonymousGroup(2))
                .withMessageContaining("at least 3");
    }

    @Test
    void entryWithoutScoresHasNoData() {
        List<BigDecimal> nulls = Collections.nCopies(3, null);

        assertThat(ComparisonStatistics.entry(List.of(), ComparisonPolicy.anonymousGroup()))
                .isEqualTo(ComparisonEntry.suppressed(0, SuppressionReason.NO_DATA));
        assertThat(ComparisonStatistics.entry(nulls, ComparisonPolicy.network()))
                .isEqualTo(ComparisonEntry.suppressed(0, SuppressionReason.NO_DATA));
    }

    @Test
    void nullScoresAreNotCountedInN() {
        List<BigDecimal> fourAndNull = new ArrayList<>(first(4));
        fourAndNull.add(null);
        List<BigDecimal> fiveAndNull = new ArrayList<>(first(5));
        fiveAndNull.add(null);

        assertThat(ComparisonStatistics.entry(fourAndNull, ComparisonPolicy.anonymousGroup()).reason())
                .isEqualTo(SuppressionReason.FEWER_THAN_K);
        assertThat(ComparisonStatistics.entry(fiveAndNull, ComparisonPolicy.anonymousGroup()).n()).isEqualTo(5);
    }

    @Test
    void networkPublishesBelowKButPercentilesOnlyFromTen() {
        ComparisonEntry two = ComparisonStatistics.entry(first(2), ComparisonPolicy.network());

        assertThat(two.mean()).isEqualByComparingTo("35");        // (58 + 12) / 2
        assertThat(two.median()).isNull();
        assertThat(ComparisonStatistics.entry(first(9), ComparisonPolicy.network()).median()).isNull();
        assertThat(ComparisonStatistics.entry(TEN, ComparisonPolicy.network()).median()).isEqualByComparingTo("54.5");
    }

    @Test
    void meanIsExactUntilDisplay() {
        ComparisonEntry entry = ComparisonStatistics.entry(scores(0, 0, 100), ComparisonPolicy.anonymousGroup(3));

        assertThat(entry.mean()).isEqualByComparingTo("33.33333333333333333333333333333333");
    }
}

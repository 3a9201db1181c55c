package se.stegvis.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static se.stegvis.scoring.IndicatorValue.DONT_KNOW;
import static se.stegvis.scoring.IndicatorValue.NOT_APPLICABLE;
import static se.stegvis.scoring.IndicatorValue.level;
import static se.stegvis.scoring.Placements.grouped;
import static se.stegvis.scoring.Placements.indicator;
import static se.stegvis.scoring.Placements.reverse;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScopeScoringTest {

    private final Scale scale = new Scale(4);

    @Test
    void scopeScoreIsUnweightedMeanOfIndicatorScores() {
        // levels 1, 1, 2 → scores 25, 25, 50 → mean 100/3 = 33.33… (unrounded)
        List<IndicatorPlacement> indicators = List.of(indicator("A", "GEN", "USE"), indicator("B", "GEN", "USE"),
                indicator("C", "GEN", "USE"));
        ScopeScore score = ScopeScoring.score(scale, indicators, Map.of("A", level(1), "B", level(1), "C", level(2)));

        assertThat(score.score()).isEqualByComparingTo("33.33333333333333333333333333333333");
        assertThat(DisplayRounding.oneDecimal(score.score())).isEqualByComparingTo("33.3");
        assertThat(score.coverage()).isEqualByComparingTo("1");
        assertThat(score.scored()).isEqualTo(3);
        assertThat(score.total()).isEqualTo(3);
    }

    @Test
    void coverageLeavesNotApplicableOutOfTheDenominator() {
        // A and B scored, C NOT_APPLICABLE, D unanswered: coverage = 2 / (4 − 1) = 2/3
        List<IndicatorPlacement> indicators = List.of(indicator("A", "GEN", "USE"), indicator("B", "GEN", "USE"),
                indicator("C", "GEN", "USE"), indicator("D", "GEN", "USE"));
        ScopeScore score = ScopeScoring.score(scale, indicators,
                Map.of("A", level(4), "B", level(2), "C", NOT_APPLICABLE));

        assertThat(score.score()).isEqualByComparingTo("75");
        assertThat(score.coverage()).isEqualByComparingTo("0.6666666666666666666666666666666667");
        assertThat(DisplayRounding.percent(score.coverage())).isEqualByComparingTo("66.7");
        assertThat(score.scored()).isEqualTo(2);
        assertThat(score.total()).isEqualTo(4);
    }

    @Test
    void dontKnowIsLeftOutOfTheMeanButKeptInTheCoverageDenominator() {
        // A = 100, B DONT_KNOW: mean 100 (not 50), coverage 1 / 2
        List<IndicatorPlacement> indicators = List.of(indicator("A", "GEN", "USE"), indicator("B", "GEN", "USE"));
        ScopeScore score = ScopeScoring.score(scale, indicators, Map.of("A", level(4), "B", DONT_KNOW));

        assertThat(score.score()).isEqualByComparingTo("100");
        assertThat(score.coverage()).isEqualByComparingTo("0.5");
    }

    @Test
    void scopeWithNothingScoredHasNullScore() {
        ScopeScore score = ScopeScoring.score(scale, List.of(indicator("A", "GEN", "USE")), Map.of("A", DONT_KNOW));

        assertThat(score.score()).isNull();
        assertThat(score.coverage()).isEqualByComparingTo("0");
        assertThat(score.scored()).isZero();
        assertThat(score.total()).isEqualTo(1);
    }

    @Test
    void scopeOfOnlyNotApplicableHasZeroCoverage() {
        // 0 scored / (1 − 1) applicable: defined as coverage 0
        ScopeScore score = ScopeScoring.score(scale, List.of(indicator("A", "GEN", "USE")),
                Map.of("A", NOT_APPLICABLE));

        assertThat(score.score()).isNull();
        assertThat(score.coverage()).isEqualByComparingTo("0");
        assertThat(ScopeScoring.score(scale, List.of(), Map.of()).coverage()).isEqualByComparingTo("0");
    }

    @Test
    void missingValueCountsAsUnanswered() {
        ScopeScore score = ScopeScoring.score(scale, List.of(indicator("A", "GEN", "USE"), indicator("B", "GEN", "USE")),
                Map.of("A", level(2)));

        assertThat(score.score()).isEqualByComparingTo("50");
        assertThat(score.coverage()).isEqualByComparingTo("0.5");
    }

    @Test
    void overallAveragesIndicatorsNotDimensions() {
        // LEADERSHIP: one indicator at 100; USE: three at 0. Overall = 100/4 = 25, not (100 + 0)/2 = 50.
        List<IndicatorPlacement> indicators = List.of(indicator("L1", "GEN", "LEADERSHIP"),
                indicator("U1", "GEN", "USE"), indicator("U2", "GEN", "USE"), indicator("U3", "GEN", "USE"));
        ScopeScores scores = ScopeScoring.scoreAll(scale, indicators,
                Map.of("L1", level(4), "U1", level(0), "U2", level(0), "U3", level(0)));

        assertThat(scores.overall().score()).isEqualByComparingTo("25");
        assertThat(scores.dimensions().get("LEADERSHIP").score()).isEqualByComparingTo("100");
        assertThat(scores.dimensions().get("USE").score()).isEqualByComparingTo("0");
    }

    @Test
    void everyAreaDimensionAndCellIsScored() {
        // GEN/USE = 100 (level 4), ELD/USE = 50 (reverse level 2), ELD/LEADERSHIP = 0 (level 0)
        List<IndicatorPlacement> indicators = List.of(indicator("G1", "GEN", "USE"), reverse("E1", "ELD", "USE"),
                indicator("E2", "ELD", "LEADERSHIP"));
        ScopeScores scores = ScopeScoring.scoreAll(scale, indicators,
                Map.of("G1", level(4), "E1", level(2), "E2", level(0)));

        assertThat(scores.areas()).containsOnlyKeys("GEN", "ELD");
        assertThat(scores.areas().get("ELD").score()).isEqualByComparingTo("25");
        assertThat(scores.dimensions().get("USE").score()).isEqualByComparingTo("75");
        assertThat(scores.cellsOf("ELD")).containsOnlyKeys("USE", "LEADERSHIP");
        assertThat(scores.cellsOf("ELD").get("USE").score()).isEqualByComparingTo("50");
        assertThat(scores.find(ScopeKey.cell("GEN", "LEADERSHIP"))).isEmpty();
        assertThat(scores.byScope().keySet()).containsExactly(ScopeKey.OVERALL, ScopeKey.dimension("USE"),
                ScopeKey.dimension("LEADERSHIP"), ScopeKey.area("GEN"), ScopeKey.area("ELD"),
                ScopeKey.cell("GEN", "USE"), ScopeKey.cell("ELD", "USE"), ScopeKey.cell("ELD", "LEADERSHIP"));
    }

    @Test
    void dimensionGroupCoversDimensionsOfItsDescendantGroups() {
        // CAPABILITY ⊃ {DIGITAL ⊃ {USE}, LEADERSHIP}; LEGACY ⊃ {SYSTEMS}
        Map<String, String> parentOf = new HashMap<>();
        parentOf.put("CAPABILITY", null);
        parentOf.put("DIGITAL", "CAPABILITY");
        parentOf.put("LEGACY", null);
        List<IndicatorPlacement> indicators = List.of(
                grouped("U1", "GEN", "USE", IndicatorPlacement.groupChain("DIGITAL", parentOf).toArray(String[]::new)),
                grouped("L1", "GEN", "LEADERSHIP", "CAPABILITY"),
                grouped("S1", "GEN", "SYSTEMS", "LEGACY"));
        ScopeScores scores = ScopeScoring.scoreAll(scale, indicators,
                Map.of("U1", level(4), "L1", level(2), "S1", level(0)));

        assertThat(indicators.get(0).groupKeys()).containsExactly("DIGITAL", "CAPABILITY");
        assertThat(scores.dimensionGroups().get("DIGITAL").score()).isEqualByComparingTo("100");
        assertThat(scores.dimensionGroups().get("CAPABILITY").score()).isEqualByComparingTo("75");
        assertThat(scores.dimensionGroups().get("CAPABILITY").total()).isEqualTo(2);
        assertThat(scores.dimensionGroups().get("LEGACY").score()).isEqualByComparingTo("0");
    }

    @Test
    void subsetIsScoredLikeAnyScope() {
        List<IndicatorPlacement> indicators = List.of(indicator("G1", "GEN", "USE"), indicator("E1", "ELD", "USE"));
        Map<String, IndicatorValue> values = Map.of("G1", level(4), "E1", level(0));
        List<IndicatorPlacement> eldUse = indicators.stream().filter(i -> i.isIn(ScopeKey.cell("ELD", "USE"))).toList();

        assertThat(ScopeScoring.score(scale, eldUse, values))
                .isEqualTo(ScopeScoring.scoreAll(scale, indicators, values).cellsOf("ELD").get("USE"));
    }

    @Test
    void malformedInputIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> ScopeScoring.scoreAll(scale,
                List.of(indicator("A", "GEN", "USE"), indicator("A", "ELD", "USE")), Map.of()));
        Map<String, String> cyclic = Map.of("X", "Y", "Y", "X");
        assertThatIllegalArgumentException().isThrownBy(() -> IndicatorPlacement.groupChain("X", cyclic));
        assertThatIllegalArgumentException().isThrownBy(() -> IndicatorPlacement.groupChain("Z", cyclic));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ScopeScore(BigDecimal.TEN, BigDecimal.ONE, 0, 1));
    }

    @Test
    void everyScopeOfScoreAllHasExactlyTheFiguresOfScoringThatScopeAlone() {
        // scoreAll works each indicator's score out once for all its scopes: the figures must not change by it.
        List<IndicatorPlacement> indicators = List.of(indicator("A", "GEN", "LEAD"), reverse("B", "GEN", "LEAD"),
                indicator("C", "GEN", "USE"), indicator("D", "OLD", "USE"), indicator("E", "OLD", "LEAD"),
                indicator("F", "OLD", "USE"), indicator("G", "GEN", "USE"));
        Map<String, IndicatorValue> values = Map.of("A", level(1), "B", level(3), "C", NOT_APPLICABLE,
                "D", DONT_KNOW, "E", IndicatorValue.level(new BigDecimal("2.5")), "F", level(4));

        ScopeScores all = ScopeScoring.scoreAll(scale, indicators, values);

        assertThat(all.find(ScopeKey.OVERALL)).isPresent();
        for (ScopeKey scope : List.of(ScopeKey.OVERALL, ScopeKey.area("GEN"), ScopeKey.area("OLD"),
                ScopeKey.dimension("LEAD"), ScopeKey.dimension("USE"), ScopeKey.cell("GEN", "LEAD"),
                ScopeKey.cell("OLD", "USE"))) {
            ScopeScore alone = ScopeScoring.score(scale, indicators.stream().filter((i) -> i.isIn(scope)).toList(),
                    values);
            assertThat(all.find(scope)).as(scope.toString()).contains(alone);
        }
    }
}

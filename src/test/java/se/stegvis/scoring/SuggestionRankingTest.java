package se.stegvis.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static se.stegvis.scoring.ActivityOption.findOut;
import static se.stegvis.scoring.ActivityOption.improve;
import static se.stegvis.scoring.Effort.L;
import static se.stegvis.scoring.Effort.M;
import static se.stegvis.scoring.Effort.S;
import static se.stegvis.scoring.IndicatorValue.DONT_KNOW;
import static se.stegvis.scoring.IndicatorValue.NOT_APPLICABLE;
import static se.stegvis.scoring.IndicatorValue.UNANSWERED;
import static se.stegvis.scoring.IndicatorValue.level;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class SuggestionRankingTest {

    private final Scale scale = new Scale(4);

    private static SuggestionInput input(String key, int weight, IndicatorValue value, int target,
            ActivityOption... activities) {
        return new SuggestionInput(key, BigDecimal.valueOf(weight), false, value, target, List.of(activities));
    }

    private List<String> rankedKeys(SuggestionInput... indicators) {
        return SuggestionRanking.rank(scale, List.of(indicators)).stream().map(Suggestion::activityKey).toList();
    }

    @Test
    void improveActivityAppliesFromItsFromLevelUpToButExcludingItsToLevel() {
        assertThat(rankedKeys(input("I", 1, level(1), 4, improve("A0-1", 0, 1, S), improve("A1-2", 1, 2, S),
                improve("A0-2", 0, 2, S), improve("A2-3", 2, 3, S), findOut("F", S))))
                .containsExactly("A1-2", "A0-2");
    }

    @Test
    void unroundedMeanSelectsTheActivityOfItsRange() {
        List<Suggestion> ranked = SuggestionRanking.rank(scale, List.of(input("I", 1, level(new BigDecimal("1.999")), 4,
                improve("A1-2", 1, 2, S), improve("A2-3", 2, 3, S))));

        assertThat(ranked).extracting(Suggestion::activityKey).containsExactly("A1-2");
        assertThat(ranked.get(0).gap()).isEqualByComparingTo("2.001");
    }

    @Test
    void indicatorAtOrAboveTargetGetsNoSuggestion() {
        assertThat(rankedKeys(input("AT", 1, level(3), 3, improve("AT3-4", 3, 4, S)),
                input("ABOVE", 1, level(3), 2, improve("ABOVE3-4", 3, 4, S)))).isEmpty();
    }

    @Test
    void largerGapRanksFirst() {
        // I1: 4 − 2 = 2; I2: 4 − 0 = 4, although later in the model and lighter
        assertThat(rankedKeys(input("I1", 3, level(2), 4, improve("I1-A", 2, 3, S)),
                input("I2", 1, level(0), 4, improve("I2-A", 0, 1, L))))
                .containsExactly("I2-A", "I1-A");
    }

    @Test
    void equalGapRanksHeavierIndicatorFirst() {
        assertThat(rankedKeys(input("LIGHT", 1, level(1), 4, improve("LIGHT-A", 1, 2, S)),
                input("HEAVY", 2, level(1), 4, improve("HEAVY-A", 1, 2, L))))
                .containsExactly("HEAVY-A", "LIGHT-A");
    }

    @Test
    void equalGapAndWeightRankSmallerEffortFirst() {
        assertThat(rankedKeys(input("I1", 1, level(1), 4, improve("I1-L", 1, 2, L), improve("I1-M", 0, 2, M)),
                input("I2", 1, level(1), 4, improve("I2-S", 1, 3, S))))
                .containsExactly("I2-S", "I1-M", "I1-L");
    }

    @Test
    void fullTieKeepsModelOrderOfIndicatorsThenActivities() {
        assertThat(rankedKeys(input("I1", 1, level(1), 4, improve("I1-X", 1, 2, S), improve("I1-Y", 0, 2, S)),
                input("I2", 1, level(1), 4, improve("I2-Z", 1, 2, S))))
                .containsExactly("I1-X", "I1-Y", "I2-Z");
    }

    @Test
    void findOutActivitiesComeLastInModelOrder() {
        List<Suggestion> ranked = SuggestionRanking.rank(scale, List.of(
                input("DK1", 5, DONT_KNOW, 4, improve("DK1-A", 0, 1, S), findOut("DK1-F", L)),
                input("LOW", 1, level(3), 4, improve("LOW-A", 3, 4, L), findOut("LOW-F", S)),
                input("DK2", 1, DONT_KNOW, 4, findOut("DK2-F", S)),
                input("NA", 1, NOT_APPLICABLE, 4, findOut("NA-F", S)),
                input("NONE", 1, UNANSWERED, 4, findOut("NONE-F", S))));

        assertThat(ranked).extracting(Suggestion::activityKey).containsExactly("LOW-A", "DK1-F", "DK2-F");
        assertThat(ranked.get(1)).isEqualTo(new Suggestion("DK1", "DK1-F", ActivityKind.FIND_OUT, null, 4, null, L));
    }

    @Test
    void reverseIndicatorIsRankedByItsMaturityValue() {
        // reverse level 3 on 0..4 → maturity 1, gap 4 − 1 = 3 > the plain indicator's 4 − 2 = 2
        SuggestionInput reverse = new SuggestionInput("REV", BigDecimal.ONE, true, level(3), 4,
                List.of(improve("REV1-2", 1, 2, S), improve("REV3-4", 3, 4, S)));
        SuggestionInput plain = input("PLAIN", 1, level(2), 4, improve("PLAIN2-3", 2, 3, S));

        List<Suggestion> ranked = SuggestionRanking.rank(scale, List.of(plain, reverse));

        assertThat(ranked).extracting(Suggestion::activityKey).containsExactly("REV1-2", "PLAIN2-3");
        assertThat(ranked.get(0).currentValue()).isEqualByComparingTo("1");
        assertThat(ranked.get(0).gap()).isEqualByComparingTo("3");
    }

    @Test
    void suggestionCarriesValueTargetGapAndEffort() {
        List<Suggestion> ranked = SuggestionRanking.rank(scale, List.of(input("I", 1, level(1), 3, improve("A", 1, 2, M))));

        assertThat(ranked).containsExactly(
                new Suggestion("I", "A", ActivityKind.IMPROVE, BigDecimal.ONE, 3, BigDecimal.valueOf(2), M));
    }
}

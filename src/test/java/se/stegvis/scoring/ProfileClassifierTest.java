package se.stegvis.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static se.stegvis.scoring.ComparisonOperator.GT;
import static se.stegvis.scoring.ComparisonOperator.GTE;
import static se.stegvis.scoring.ComparisonOperator.LT;
import static se.stegvis.scoring.ComparisonOperator.LTE;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ProfileClassifierTest {

    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);

    /** Scores with OVERALL 60, CAPABILITY as given, LEGACY as given and an EMPTY group with nothing scored. */
    private static ScopeScores scores(@Nullable String capability, @Nullable String legacy) {
        Map<ScopeKey, ScopeScore> byScope = new LinkedHashMap<>();
        byScope.put(ScopeKey.OVERALL, scored("60"));
        byScope.put(ScopeKey.dimensionGroup("CAPABILITY"), capability == null ? unscored() : scored(capability));
        byScope.put(ScopeKey.dimensionGroup("LEGACY"), legacy == null ? unscored() : scored(legacy));
        return new ScopeScores(byScope);
    }

    private static ScopeScore scored(String score) {
        return new ScopeScore(new BigDecimal(score), BigDecimal.ONE, 1, 1);
    }

    private static ScopeScore unscored() {
        return new ScopeScore(null, BigDecimal.ZERO, 0, 1);
    }

    private static ProfileCondition group(String key, ComparisonOperator op, BigDecimal value) {
        return new ProfileCondition(ScopeType.DIMENSION_GROUP, key, op, value);
    }

    private static ProfileRule profile(String key, ProfileCondition... conditions) {
        return new ProfileRule(key, List.of(conditions));
    }

    private static final List<ProfileRule> QUADRANTS = List.of(
            profile("FRONT_RUNNER", group("CAPABILITY", GTE, FIFTY), group("LEGACY", LT, FIFTY)),
            profile("BURDENED", group("CAPABILITY", GTE, FIFTY), group("LEGACY", GTE, FIFTY)),
            profile("BEGINNER", group("CAPABILITY", LT, FIFTY), group("LEGACY", LT, FIFTY)),
            profile("STUCK", group("CAPABILITY", LT, FIFTY), group("LEGACY", GTE, FIFTY)));

    private static Optional<String> classify(List<ProfileRule> profiles, ScopeScores scores) {
        return ProfileClassifier.classify(profiles, scores).map(ProfileRule::key);
    }

    @Test
    void scoreOfExactlyTheThresholdCountsAsHighWithGte() {
        assertThat(classify(QUADRANTS, scores("50", "10"))).contains("FRONT_RUNNER");
    }

    @Test
    void scoreJustBelowTheThresholdDoesNotCountAsHigh() {
        assertThat(classify(QUADRANTS, scores("49.9", "10"))).contains("BEGINNER");
        assertThat(classify(QUADRANTS, scores("49.99", "50"))).contains("STUCK");
    }

    @Test
    void operatorsCompareExactValuesAroundTheThreshold() {
        assertThat(GTE.holds(FIFTY, FIFTY)).isTrue();
        assertThat(GT.holds(FIFTY, FIFTY)).isFalse();
        assertThat(GT.holds(new BigDecimal("50.1"), FIFTY)).isTrue();
        assertThat(LT.holds(FIFTY, FIFTY)).isFalse();
        assertThat(LT.holds(new BigDecimal("49.9"), FIFTY)).isTrue();
        assertThat(LTE.holds(FIFTY, FIFTY)).isTrue();
        assertThat(LTE.holds(new BigDecimal("50.1"), FIFTY)).isFalse();
    }

    @Test
    void firstMatchingProfileWins() {
        List<ProfileRule> profiles = List.of(
                profile("ANY_HIGH", new ProfileCondition(ScopeType.OVERALL, null, GTE, FIFTY)),
                profile("FRONT_RUNNER", group("CAPABILITY", GTE, FIFTY)));

        assertThat(classify(profiles, scores("90", "10"))).contains("ANY_HIGH");
    }

    @Test
    void allConditionsMustHold() {
        List<ProfileRule> profiles = List.of(profile("BOTH", group("CAPABILITY", GTE, FIFTY), group("LEGACY", GTE, FIFTY)));

        assertThat(classify(profiles, scores("90", "10"))).isEmpty();
    }

    @Test
    void conditionOnAScopeWithoutScoreDoesNotHold() {
        assertThat(group("CAPABILITY", LT, FIFTY).holdsFor(scores(null, "10"))).isFalse();
        assertThat(group("CAPABILITY", GTE, FIFTY).holdsFor(scores(null, "10"))).isFalse();
        assertThat(group("MISSING", LT, FIFTY).holdsFor(scores("10", "10"))).isFalse();
        assertThat(classify(QUADRANTS, scores(null, "10"))).isEmpty();
    }

    @Test
    void profileWithoutConditionsCatchesAll() {
        List<ProfileRule> profiles = List.of(profile("FRONT_RUNNER", group("CAPABILITY", GT, FIFTY)), profile("OTHER"));

        assertThat(classify(profiles, scores("10", "10"))).contains("OTHER");
    }

    @Test
    void conditionsThatNameNoValidScopeAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ProfileCondition(ScopeType.CELL, "GEN", GTE, FIFTY));
        assertThatIllegalArgumentException().isThrownBy(() -> new ProfileCondition(ScopeType.OVERALL, "X", GTE, FIFTY));
        assertThatIllegalArgumentException().isThrownBy(() -> new ProfileCondition(ScopeType.AREA, null, GTE, FIFTY));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ProfileCondition(ScopeType.AREA, "GEN", GTE, BigDecimal.valueOf(101)));
    }

    @Test
    void computedScopeScoresClassifyDirectly() {
        // level 2 of 4 = exactly 50 in dimension USE
        ScopeScores computed = ScopeScoring.scoreAll(new Scale(4), List.of(Placements.indicator("U", "GEN", "USE")),
                Map.of("U", IndicatorValue.level(2)));
        ProfileRule high = profile("HIGH_USE", new ProfileCondition(ScopeType.DIMENSION, "USE", GTE, FIFTY));

        assertThat(ProfileClassifier.classify(List.of(high), computed)).contains(high);
    }
}

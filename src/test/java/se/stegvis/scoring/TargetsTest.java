package se.stegvis.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static se.stegvis.scoring.IndicatorValue.DONT_KNOW;
import static se.stegvis.scoring.IndicatorValue.level;
import static se.stegvis.scoring.Placements.indicator;
import static se.stegvis.scoring.Placements.reverse;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TargetsTest {

    private final Scale scale = new Scale(4);

    private final Targets targets = Targets.of(scale, 3, List.of(
            new TargetOverride(TargetScope.DIMENSION, "USE", 2),
            new TargetOverride(TargetScope.AREA, "ELD", 1),
            new TargetOverride(TargetScope.INDICATOR, "ELD-USE-1", 4)));

    @Test
    void roundTargetDefaultsToMaxLevel() {
        assertThat(Targets.of(scale, null, List.of()).targetFor("X", "GEN", "LEADERSHIP")).isEqualTo(4);
        assertThat(Targets.defaultFor(scale).roundLevel()).isEqualTo(4);
    }

    @Test
    void roundTargetAppliesWithoutOverride() {
        assertThat(targets.targetFor("GEN-LEAD-1", "GEN", "LEADERSHIP")).isEqualTo(3);
    }

    @Test
    void dimensionOverrideWinsOverRoundTarget() {
        assertThat(targets.targetFor("GEN-USE-1", "GEN", "USE")).isEqualTo(2);
    }

    @Test
    void areaOverrideWinsOverDimensionOverride() {
        assertThat(targets.targetFor("ELD-USE-2", "ELD", "USE")).isEqualTo(1);
    }

    @Test
    void indicatorOverrideWinsOverAreaOverride() {
        assertThat(targets.targetFor(indicator("ELD-USE-1", "ELD", "USE"))).isEqualTo(4);
    }

    @Test
    void targetsOutsideTheScaleOrRepeatedAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Targets.of(scale, 5, List.of()));
        assertThatIllegalArgumentException().isThrownBy(
                () -> Targets.of(scale, 3, List.of(new TargetOverride(TargetScope.AREA, "GEN", 9))));
        assertThatIllegalArgumentException().isThrownBy(() -> new Targets(3, List.of(
                new TargetOverride(TargetScope.AREA, "GEN", 1), new TargetOverride(TargetScope.AREA, "GEN", 2))));
    }

    @Test
    void gapIsTargetMinusUnroundedMaturityValue() {
        // 4 − 4/3 = 2.666…7
        assertThat(Targets.gap(4, new BigDecimal("1.333333333333333333333333333333333")))
                .isEqualByComparingTo("2.666666666666666666666666666666667");
    }

    @Test
    void gapIsNeverNegative() {
        assertThat(Targets.gap(2, new BigDecimal("3"))).isEqualByComparingTo("0");
        assertThat(Targets.gap(2, new BigDecimal("2"))).isEqualByComparingTo("0");
    }

    @Test
    void gapOfReverseIndicatorIsMeasuredFromItsMaturityValue() {
        // reverse level 3 on 0..4 → maturity 1; round target 3 → gap 2
        assertThat(TargetAttainment.gap(scale, targets, reverse("GEN-LEAD-R", "GEN", "LEADERSHIP"), level(3)))
                .isEqualByComparingTo("2");
    }

    @Test
    void indicatorWithoutLevelHasNoGap() {
        assertThat(TargetAttainment.gap(scale, targets, indicator("GEN-LEAD-1", "GEN", "LEADERSHIP"), DONT_KNOW))
                .isNull();
        assertThat(Targets.gap(4, null)).isNull();
    }

    @Test
    void shareAtTargetCountsIndicatorsAtOrAboveTargetAmongThoseWithALevel() {
        // L1 at 3 (target 3): at target; L2 at 2 (target 3): below; U1 at 3 (target 2): above; L3 DONT_KNOW: left out
        List<IndicatorPlacement> indicators = List.of(indicator("L1", "GEN", "LEADERSHIP"),
                indicator("L2", "GEN", "LEADERSHIP"), indicator("U1", "GEN", "USE"), indicator("L3", "GEN", "LEADERSHIP"));
        Map<String, IndicatorValue> values = Map.of("L1", level(3), "L2", level(2), "U1", level(3), "L3", DONT_KNOW);

        TargetShare overall = TargetAttainment.share(scale, targets, indicators, values);

        assertThat(overall).isEqualTo(new TargetShare(2, 3));
        assertThat(overall.share()).isEqualByComparingTo("0.6666666666666666666666666666666667");
        Map<ScopeKey, TargetShare> shares = TargetAttainment.shares(scale, targets, indicators, values);
        assertThat(shares.get(ScopeKey.dimension("LEADERSHIP"))).isEqualTo(new TargetShare(1, 2));
        assertThat(shares.get(ScopeKey.dimension("USE"))).isEqualTo(new TargetShare(1, 1));
        assertThat(shares.get(ScopeKey.OVERALL)).isEqualTo(overall);
    }

    @Test
    void scopeWithoutLevelsHasNoShare() {
        TargetShare share = TargetAttainment.share(scale, targets, List.of(indicator("A", "GEN", "USE")), Map.of());

        assertThat(share).isEqualTo(new TargetShare(0, 0));
        assertThat(share.share()).isNull();
    }
}

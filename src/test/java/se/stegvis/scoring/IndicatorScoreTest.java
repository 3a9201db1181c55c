package se.stegvis.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class IndicatorScoreTest {

    private final Scale scale = new Scale(4);

    @Test
    void levelScoresLevelOverMaxLevelTimesHundred() {
        // 3 / 4 × 100 = 75
        assertThat(scale.score(IndicatorValue.level(3), false)).isEqualByComparingTo("75");
        assertThat(scale.score(IndicatorValue.level(0), false)).isEqualByComparingTo("0");
        assertThat(scale.score(IndicatorValue.level(4), false)).isEqualByComparingTo("100");
    }

    @Test
    void reverseIndicatorScoresMaxMinusLevel() {
        // (4 − 1) / 4 × 100 = 75; (4 − 4) / 4 × 100 = 0
        assertThat(scale.score(IndicatorValue.level(1), true)).isEqualByComparingTo("75");
        assertThat(scale.score(IndicatorValue.level(4), true)).isEqualByComparingTo("0");
    }

    @Test
    void meanLevelScoresUnrounded() {
        // a mean of 1.5 on a 0..4 scale: 1.5 / 4 × 100 = 37.5 (not rounded to a level or to 37.5 → 38)
        assertThat(scale.score(IndicatorValue.level(new BigDecimal("1.5")), false)).isEqualByComparingTo("37.5");
        // the mean 4/3 as DECIMAL128, 1.333…3 (34 digits): × 100 / 4 = 33.333…325, to 34 digits half-even …32
        BigDecimal mean = new BigDecimal("1.333333333333333333333333333333333");
        assertThat(scale.score(IndicatorValue.level(mean), false))
                .isEqualByComparingTo("33.33333333333333333333333333333332");
        assertThat(DisplayRounding.oneDecimal(scale.score(IndicatorValue.level(mean), false))).isEqualByComparingTo("33.3");
    }

    @Test
    void answersThatAreNotLevelsHaveNoScore() {
        assertThat(scale.score(IndicatorValue.DONT_KNOW, false)).isNull();
        assertThat(scale.score(IndicatorValue.NOT_APPLICABLE, false)).isNull();
        assertThat(scale.score(IndicatorValue.UNANSWERED, true)).isNull();
    }

    @Test
    void maturityValueIsLevelOrMaxMinusLevelWhenReverse() {
        assertThat(scale.maturityValue(IndicatorValue.level(3), false)).isEqualByComparingTo("3");
        assertThat(scale.maturityValue(IndicatorValue.level(3), true)).isEqualByComparingTo("1");
        assertThat(scale.maturityValue(IndicatorValue.level(new BigDecimal("2.5")), true)).isEqualByComparingTo("1.5");
        assertThat(scale.maturityValue(IndicatorValue.DONT_KNOW, true)).isNull();
    }

    @Test
    void levelOutsideTheScaleIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> scale.score(IndicatorValue.level(5), false))
                .withMessageContaining("outside the scale 0..4");
        assertThatIllegalArgumentException().isThrownBy(() -> IndicatorValue.level(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> new Scale(0));
    }

    @Test
    void levelIsRequiredExactlyForLevelKind() {
        assertThatIllegalArgumentException().isThrownBy(() -> new IndicatorValue(IndicatorValue.Kind.LEVEL, null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new IndicatorValue(IndicatorValue.Kind.DONT_KNOW, BigDecimal.ONE));
    }

    @Test
    void valuesWithNumericallyEqualLevelsAreEqual() {
        assertThat(IndicatorValue.level(new BigDecimal("2.0"))).isEqualTo(IndicatorValue.level(2))
                .hasSameHashCodeAs(IndicatorValue.level(2));
        assertThat(IndicatorValue.level(2)).isNotEqualTo(IndicatorValue.level(3));
        assertThat(IndicatorValue.DONT_KNOW).isNotEqualTo(IndicatorValue.NOT_APPLICABLE);
    }
}

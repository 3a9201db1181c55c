package se.stegvis.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class DisplayRoundingTest {

    @Test
    void halfRoundsAwayFromZeroToOneDecimal() {
        assertThat(DisplayRounding.oneDecimal(new BigDecimal("56.25"))).isEqualTo(new BigDecimal("56.3"));
        assertThat(DisplayRounding.oneDecimal(new BigDecimal("-0.25"))).isEqualTo(new BigDecimal("-0.3"));
    }

    @Test
    void belowHalfRoundsDown() {
        assertThat(DisplayRounding.oneDecimal(new BigDecimal("56.24"))).isEqualTo(new BigDecimal("56.2"));
        assertThat(DisplayRounding.oneDecimal(new BigDecimal("56.249999"))).isEqualTo(new BigDecimal("56.2"));
    }

    @Test
    void wholeNumbersShowOneDecimal() {
        assertThat(DisplayRounding.oneDecimal(new BigDecimal("50"))).hasToString("50.0");
    }

    @Test
    void coverageIsShownAsPercentage() {
        // 2/3 → 66.666…7 % → 66.7; 0.5625 → 56.25 % → 56.3
        assertThat(DisplayRounding.percent(new BigDecimal("0.6666666666666666666666666666666667")))
                .isEqualTo(new BigDecimal("66.7"));
        assertThat(DisplayRounding.percent(new BigDecimal("0.5625"))).isEqualTo(new BigDecimal("56.3"));
        assertThat(DisplayRounding.percent(BigDecimal.ONE)).isEqualTo(new BigDecimal("100.0"));
    }

    @Test
    void missingFiguresStayMissing() {
        assertThat(DisplayRounding.oneDecimalOrNull(null)).isNull();
        assertThat(DisplayRounding.percentOrNull(null)).isNull();
        assertThat(DisplayRounding.oneDecimalOrNull(new BigDecimal("1.25"))).isEqualTo(new BigDecimal("1.3"));
    }
}

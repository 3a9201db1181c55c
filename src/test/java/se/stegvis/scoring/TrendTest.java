package se.stegvis.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class TrendTest {

    @Test
    void deltaIsCurrentMinusPrevious() {
        assertThat(Trend.delta(new BigDecimal("60.5"), new BigDecimal("50"))).isEqualByComparingTo("10.5");
    }

    @Test
    void negativeDeltaIsKeptAndRoundsAwayFromZero() {
        // 40 − 56.25 = −16.25 → shown as −16.3
        BigDecimal delta = Trend.delta(new BigDecimal("40"), new BigDecimal("56.25"));

        assertThat(delta).isEqualByComparingTo("-16.25");
        assertThat(DisplayRounding.oneDecimal(delta)).isEqualByComparingTo("-16.3");
    }

    @Test
    void deltaIsNullWhenEitherSideIsNull() {
        assertThat(Trend.delta(null, BigDecimal.TEN)).isNull();
        assertThat(Trend.delta(BigDecimal.TEN, null)).isNull();
    }

    @Test
    void deltasFollowTheCurrentKeys() {
        Map<String, @Nullable BigDecimal> current = new LinkedHashMap<>();
        current.put("USE", new BigDecimal("50"));
        current.put("LEADERSHIP", new BigDecimal("25"));
        current.put("NEW", new BigDecimal("10"));
        current.put("EMPTY", null);
        Map<String, @Nullable BigDecimal> previous = new HashMap<>();
        previous.put("USE", new BigDecimal("37.5"));
        previous.put("LEADERSHIP", new BigDecimal("30"));
        previous.put("EMPTY", new BigDecimal("10"));
        previous.put("GONE", new BigDecimal("10"));

        Map<String, @Nullable BigDecimal> deltas = Trend.deltas(current, previous);

        assertThat(deltas).containsExactly(entry("USE", new BigDecimal("12.5")), entry("LEADERSHIP", new BigDecimal("-5")),
                entry("NEW", null), entry("EMPTY", null));
    }

    @Test
    void scopeScoreDeltasCoverEveryScope() {
        Scale scale = new Scale(4);
        List<IndicatorPlacement> indicators = List.of(Placements.indicator("A", "GEN", "USE"));
        ScopeScores now = ScopeScoring.scoreAll(scale, indicators, Map.of("A", IndicatorValue.level(1)));
        ScopeScores before = ScopeScoring.scoreAll(scale, indicators, Map.of("A", IndicatorValue.level(3)));

        Map<ScopeKey, @Nullable BigDecimal> deltas = Trend.deltas(now, before);

        assertThat(deltas.get(ScopeKey.OVERALL)).isEqualByComparingTo("-50");
        assertThat(deltas.get(ScopeKey.cell("GEN", "USE"))).isEqualByComparingTo("-50");
        assertThat(deltas).hasSize(4);
    }
}

package se.stegvis.scoring;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Indicator gaps and each scope's share of indicators at target (a scope shows a share, not a gap).
 * An indicator missing from the {@code values} map counts as {@link IndicatorValue#UNANSWERED}.
 */
public final class TargetAttainment {

    private TargetAttainment() {
    }

    /**
     * The indicator's gap to its target (see {@link Targets#gap}); null when it has no level value.
     *
     * @throws IllegalArgumentException when the level is outside the scale
     */
    public static @Nullable BigDecimal gap(
            Scale scale, Targets targets, IndicatorPlacement indicator, IndicatorValue value) {
        return Targets.gap(targets.targetFor(indicator), scale.maturityValue(value, indicator.reverse()));
    }

    /**
     * The share at target of one scope made of exactly the given indicators.
     *
     * @throws IllegalArgumentException when a level is outside the scale
     */
    public static TargetShare share(Scale scale, Targets targets, Collection<IndicatorPlacement> indicators,
            Map<String, IndicatorValue> values) {
        int withLevel = 0;
        int atTarget = 0;
        for (IndicatorPlacement indicator : indicators) {
            IndicatorValue value = values.getOrDefault(indicator.key(), IndicatorValue.UNANSWERED);
            BigDecimal maturity = scale.maturityValue(value, indicator.reverse());
            if (maturity != null) {
                withLevel++;
                if (maturity.compareTo(BigDecimal.valueOf(targets.targetFor(indicator))) >= 0) {
                    atTarget++;
                }
            }
        }
        return new TargetShare(atTarget, withLevel);
    }

    /**
     * The share at target of every scope that holds at least one of the indicators, in the order of
     * {@link ScopeScores}.
     *
     * @throws IllegalArgumentException when two indicators share a key or a level is outside the scale
     */
    public static Map<ScopeKey, TargetShare> shares(Scale scale, Targets targets, List<IndicatorPlacement> indicators,
            Map<String, IndicatorValue> values) {
        Map<ScopeKey, TargetShare> shares = new LinkedHashMap<>();
        ScopePartition.of(indicators)
                .forEach((scope, members) -> shares.put(scope, share(scale, targets, members, values)));
        return Collections.unmodifiableMap(shares);
    }
}

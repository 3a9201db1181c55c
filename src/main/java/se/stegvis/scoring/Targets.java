package se.stegvis.scoring;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A round's targets (DESIGN.md §3): a round level with overrides, where an indicator's own override
 * wins over its area's, which wins over its dimension's, which wins over the round level.
 *
 * <p>The constructor throws {@link IllegalArgumentException} when the round level is negative or two
 * overrides share a scope and key.
 *
 * @param roundLevel the target of every indicator without an override, not negative
 * @param overrides at most one per scope and key
 */
public record Targets(int roundLevel, List<TargetOverride> overrides) {

    public Targets {
        if (roundLevel < 0) {
            throw new IllegalArgumentException("target level " + roundLevel + " is negative");
        }
        overrides = List.copyOf(overrides);
        Set<String> seen = new HashSet<>();
        for (TargetOverride override : overrides) {
            if (!seen.add(override.scope() + ":" + override.key())) {
                throw new IllegalArgumentException(
                        "two targets for " + override.scope() + " " + override.key());
            }
        }
    }

    /** The default: every indicator's target is the scale's highest level. */
    public static Targets defaultFor(Scale scale) {
        return new Targets(scale.maxLevel(), List.of());
    }

    /**
     * Targets checked against a scale.
     *
     * @param roundLevel the round's target, or null for the default {@code maxLevel}
     * @throws IllegalArgumentException when a level is outside the scale or overrides repeat
     */
    public static Targets of(Scale scale, @Nullable Integer roundLevel, List<TargetOverride> overrides) {
        int level = roundLevel == null ? scale.maxLevel() : scale.checkLevel(roundLevel);
        overrides.forEach(override -> scale.checkLevel(override.level()));
        return new Targets(level, overrides);
    }

    /** The target level of the indicator, by precedence indicator > area > dimension > round. */
    public int targetFor(String indicatorKey, String areaKey, String dimensionKey) {
        return override(TargetScope.INDICATOR, indicatorKey)
                .or(() -> override(TargetScope.AREA, areaKey))
                .or(() -> override(TargetScope.DIMENSION, dimensionKey))
                .orElse(roundLevel);
    }

    /** The target level of the indicator, by precedence indicator > area > dimension > round. */
    public int targetFor(IndicatorPlacement indicator) {
        return targetFor(indicator.key(), indicator.areaKey(), indicator.dimensionKey());
    }

    /**
     * The gap to the target: {@code target − maturityValue}, never below 0, unrounded.
     *
     * @param maturityValue see {@link Scale#maturityValue}; null when the indicator has no level
     * @return null when {@code maturityValue} is null
     */
    public static @Nullable BigDecimal gap(int target, @Nullable BigDecimal maturityValue) {
        if (maturityValue == null) {
            return null;
        }
        return BigDecimal.valueOf(target).subtract(maturityValue).max(BigDecimal.ZERO);
    }

    private Optional<Integer> override(TargetScope scope, String key) {
        return overrides.stream()
                .filter(override -> override.scope() == scope && override.key().equals(key))
                .map(TargetOverride::level)
                .findFirst();
    }
}

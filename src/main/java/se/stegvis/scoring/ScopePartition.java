package se.stegvis.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sorts indicators into every scope they lie in; the one place that knows what a scope contains. */
final class ScopePartition {

    private ScopePartition() {
    }

    /**
     * Every scope that holds at least one of the indicators, in the order of {@link ScopeScores}, each
     * with its indicators in the given order. OVERALL is always present, even for no indicators.
     *
     * @throws IllegalArgumentException when two indicators share a key
     */
    static Map<ScopeKey, List<IndicatorPlacement>> of(List<IndicatorPlacement> indicators) {
        IndicatorPlacement.requireUniqueKeys(indicators);
        Map<ScopeType, Map<ScopeKey, List<IndicatorPlacement>>> byType = new EnumMap<>(ScopeType.class);
        for (ScopeType type : ScopeType.values()) {
            byType.put(type, new LinkedHashMap<>());
        }
        byType.get(ScopeType.OVERALL).put(ScopeKey.OVERALL, new ArrayList<>());
        for (IndicatorPlacement indicator : indicators) {
            for (ScopeKey scope : indicator.scopes()) {
                byType.get(scope.type()).computeIfAbsent(scope, s -> new ArrayList<>()).add(indicator);
            }
        }
        Map<ScopeKey, List<IndicatorPlacement>> partition = new LinkedHashMap<>();
        byType.values().forEach(partition::putAll);
        return Collections.unmodifiableMap(partition);
    }
}

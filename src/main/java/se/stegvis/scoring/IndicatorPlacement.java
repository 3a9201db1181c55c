package se.stegvis.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Where an indicator sits in a model: what the scope calculations need to know about it.
 *
 * <p>The constructor throws {@link IllegalArgumentException} when a key is blank or the chain repeats
 * a key.
 *
 * @param key the indicator key, unique in the model
 * @param areaKey the key of its area
 * @param dimensionKey the key of its dimension
 * @param groupKeys the dimension's group chain, innermost first: the dimension's own group, then that
 *     group's parent, and so on; empty when the dimension has no group. See {@link #groupChain}.
 * @param reverse whether agreement means less maturity
 */
public record IndicatorPlacement(
        String key, String areaKey, String dimensionKey, List<String> groupKeys, boolean reverse) {

    public IndicatorPlacement {
        Decimals.nonBlank(key, "key");
        Decimals.nonBlank(areaKey, "areaKey");
        Decimals.nonBlank(dimensionKey, "dimensionKey");
        groupKeys = List.copyOf(groupKeys);
        groupKeys.forEach(group -> Decimals.nonBlank(group, "group key"));
        if (new HashSet<>(groupKeys).size() != groupKeys.size()) {
            throw new IllegalArgumentException("group chain of " + key + " repeats a group: " + groupKeys);
        }
    }

    /** An indicator whose dimension belongs to no group. */
    public static IndicatorPlacement ungrouped(String key, String areaKey, String dimensionKey, boolean reverse) {
        return new IndicatorPlacement(key, areaKey, dimensionKey, List.of(), reverse);
    }

    /**
     * The chain of a dimension group and its ancestors, innermost first.
     *
     * @param groupKey the dimension's group, or null for none (giving an empty chain)
     * @param parentOf every group key of the model mapped to its parent group key, or to null at the top
     * @throws IllegalArgumentException when a group in the chain is not in {@code parentOf} or the
     *     parents form a cycle
     */
    public static List<String> groupChain(@Nullable String groupKey, Map<String, ? extends @Nullable String> parentOf) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String group = groupKey; group != null; group = parentOf.get(group)) {
            if (!parentOf.containsKey(group)) {
                throw new IllegalArgumentException("unknown dimension group " + group);
            }
            if (!seen.add(group)) {
                throw new IllegalArgumentException("dimension groups form a cycle: " + chain);
            }
            chain.add(group);
        }
        return List.copyOf(chain);
    }

    /** Whether this indicator lies in the given scope. */
    public boolean isIn(ScopeKey scope) {
        return switch (scope.type()) {
            case OVERALL -> true;
            case DIMENSION_GROUP -> groupKeys.contains(scope.key());
            case DIMENSION -> dimensionKey.equals(scope.key());
            case AREA -> areaKey.equals(scope.key());
            case CELL -> areaKey.equals(scope.key()) && dimensionKey.equals(scope.dimensionKey());
        };
    }

    /** The scopes this indicator lies in: overall, its groups, its dimension, its area and its cell. */
    public List<ScopeKey> scopes() {
        List<ScopeKey> scopes = new ArrayList<>();
        scopes.add(ScopeKey.OVERALL);
        groupKeys.forEach(group -> scopes.add(ScopeKey.dimensionGroup(group)));
        scopes.add(ScopeKey.dimension(dimensionKey));
        scopes.add(ScopeKey.area(areaKey));
        scopes.add(ScopeKey.cell(areaKey, dimensionKey));
        return List.copyOf(scopes);
    }

    static void requireUniqueKeys(List<IndicatorPlacement> indicators) {
        Set<String> keys = new HashSet<>();
        for (IndicatorPlacement indicator : Objects.requireNonNull(indicators, "indicators")) {
            if (!keys.add(indicator.key())) {
                throw new IllegalArgumentException("indicator " + indicator.key() + " is given twice");
            }
        }
    }
}

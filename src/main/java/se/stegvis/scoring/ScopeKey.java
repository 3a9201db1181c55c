package se.stegvis.scoring;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Names one scope.
 *
 * <p>The constructor throws {@link IllegalArgumentException} when the keys do not fit the type.
 *
 * @param type the kind of scope
 * @param key null for OVERALL; the area key for CELL; otherwise the group, dimension or area key
 * @param dimensionKey the dimension key for CELL; null otherwise
 */
public record ScopeKey(ScopeType type, @Nullable String key, @Nullable String dimensionKey) {

    /** The scope of all indicators. */
    public static final ScopeKey OVERALL = new ScopeKey(ScopeType.OVERALL, null, null);

    public ScopeKey {
        Objects.requireNonNull(type, "type");
        boolean keyed = type != ScopeType.OVERALL;
        boolean cell = type == ScopeType.CELL;
        if (keyed != (key != null && !key.isBlank()) || cell != (dimensionKey != null && !dimensionKey.isBlank())) {
            throw new IllegalArgumentException("keys " + key + ", " + dimensionKey + " do not fit scope " + type);
        }
    }

    public static ScopeKey dimensionGroup(String groupKey) {
        return new ScopeKey(ScopeType.DIMENSION_GROUP, groupKey, null);
    }

    public static ScopeKey dimension(String dimensionKey) {
        return new ScopeKey(ScopeType.DIMENSION, dimensionKey, null);
    }

    public static ScopeKey area(String areaKey) {
        return new ScopeKey(ScopeType.AREA, areaKey, null);
    }

    public static ScopeKey cell(String areaKey, String dimensionKey) {
        return new ScopeKey(ScopeType.CELL, areaKey, dimensionKey);
    }

    /**
     * The scope of the given type and key, for the types named by one key or none (not CELL).
     *
     * @param key null for OVERALL (where it is ignored); required otherwise
     * @throws IllegalArgumentException for CELL, or when a required key is missing
     */
    public static ScopeKey of(ScopeType type, @Nullable String key) {
        if (type == ScopeType.CELL) {
            throw new IllegalArgumentException("a CELL scope needs an area and a dimension key");
        }
        return type == ScopeType.OVERALL ? OVERALL : new ScopeKey(type, key, null);
    }

    @Override
    public String toString() {
        return type + (key == null ? "" : ":" + key) + (dimensionKey == null ? "" : "/" + dimensionKey);
    }
}

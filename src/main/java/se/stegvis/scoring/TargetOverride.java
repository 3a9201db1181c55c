package se.stegvis.scoring;

import java.util.Objects;

/**
 * A target level for every indicator of a dimension or an area, or for one indicator.
 *
 * <p>The constructor throws {@link IllegalArgumentException} when the key is blank or the level
 * negative.
 *
 * @param scope what the key names
 * @param key the dimension, area or indicator key
 * @param level the target level, not negative
 */
public record TargetOverride(TargetScope scope, String key, int level) {

    public TargetOverride {
        Objects.requireNonNull(scope, "scope");
        Decimals.nonBlank(key, "key");
        if (level < 0) {
            throw new IllegalArgumentException("target level " + level + " is negative");
        }
    }
}

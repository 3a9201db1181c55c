package se.stegvis.model;

import org.jspecify.annotations.Nullable;

/**
 * A dimension (e.g. Ledning); its key is stable across versions.
 *
 * @param group the key of its dimension group, or null for none
 */
public record Dimension(String key, LocalizedText title, @Nullable LocalizedText description, @Nullable String group) {
}

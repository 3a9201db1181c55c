package se.stegvis.model;

import org.jspecify.annotations.Nullable;

/**
 * A group of dimensions (e.g. "Digital förmåga"); groups may nest.
 *
 * @param parent the key of the enclosing group, or null at the top
 */
public record DimensionGroup(String key, LocalizedText title, @Nullable LocalizedText description,
		@Nullable String parent) {
}

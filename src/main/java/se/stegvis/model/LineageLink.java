package se.stegvis.model;

import org.jspecify.annotations.Nullable;

/**
 * One row of lineage from the previous major version to this one.
 *
 * @param from an indicator key of the previous major version
 * @param to an indicator key of this version; null exactly for {@link LineageKind#REMOVED}
 */
public record LineageLink(String from, @Nullable String to, LineageKind kind) {
}

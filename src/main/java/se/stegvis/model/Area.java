package se.stegvis.model;

import org.jspecify.annotations.Nullable;

/** An area (e.g. Äldreomsorg); its key is stable across versions. */
public record Area(String key, LocalizedText title, @Nullable LocalizedText description) {
}

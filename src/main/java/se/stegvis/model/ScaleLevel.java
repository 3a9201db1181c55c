package se.stegvis.model;

/**
 * One level of a model's maturity scale.
 *
 * @param level 0..maxLevel
 * @param label the short name, e.g. "Påbörjad"
 * @param description what the level means
 */
public record ScaleLevel(int level, LocalizedText label, LocalizedText description) {
}

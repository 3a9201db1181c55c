package se.stegvis.assessment;

import java.util.List;

import org.jspecify.annotations.Nullable;

import se.stegvis.scoring.TargetScope;

/**
 * A round's targets as submitted: the round level (null: the scale's highest level) and overrides.
 * Checked against the model: {@code level} and {@code overrides[i].level} within 0..maxLevel,
 * {@code overrides[i].scope} present, {@code overrides[i].key} an area, dimension or indicator of the model,
 * no scope and key twice.
 */
public record TargetSetting(@Nullable Integer level, @Nullable List<Override> overrides) {

	/** One override; any field may be missing in input and is then refused naming the field. */
	public record Override(@Nullable TargetScope scope, @Nullable String key, @Nullable Integer level) {
	}

}

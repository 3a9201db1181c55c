package se.stegvis.model;

import org.jspecify.annotations.Nullable;

import se.stegvis.scoring.ActivityKind;
import se.stegvis.scoring.ActivityOption;
import se.stegvis.scoring.Effort;

/**
 * A suggested activity of an indicator: an IMPROVE activity for the maturity values
 * {@code fromLevel ≤ value < toLevel}, or the indicator's FIND_OUT activity for "Vet ej".
 *
 * @param fromLevel IMPROVE: the lowest maturity value it applies to; FIND_OUT: null
 * @param toLevel IMPROVE: the level it leads to; FIND_OUT: null
 */
public record Activity(String key, ActivityKind kind, LocalizedText title, @Nullable LocalizedText description,
		@Nullable Integer fromLevel, @Nullable Integer toLevel, Effort effort) {

	/** The activity as the suggestion ranking of the {@code scoring} module sees it. */
	public ActivityOption option() {
		return new ActivityOption(this.key, this.kind, this.fromLevel, this.toLevel, this.effort);
	}

}

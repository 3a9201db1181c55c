package se.stegvis.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

import se.stegvis.scoring.ProfileCondition;
import se.stegvis.scoring.ProfileRule;

/**
 * A profile that classifies an assessment from its scope scores; the first profile of a model whose
 * conditions all hold wins. The conditions are the {@code scoring} module's own values.
 *
 * @param when all must hold; empty for a catch-all profile
 */
public record Profile(String key, LocalizedText title, @Nullable LocalizedText description,
		@Nullable LocalizedText recommendations, List<ProfileCondition> when) {

	public Profile {
		when = List.copyOf(when);
	}

	/** The profile as the {@code scoring} module's classifier sees it. */
	public ProfileRule rule() {
		return new ProfileRule(this.key, this.when);
	}

}

package se.stegvis.organisation;

import org.jspecify.annotations.Nullable;

/**
 * Criteria for listing organisations; a null or blank criterion matches everything.
 *
 * @param query free text matched against name and code, ignoring case
 */
public record OrganisationFilter(@Nullable String query, @Nullable String regionCode,
		@Nullable String municipalityGroup, @Nullable String municipalityMainGroup,
		@Nullable OrganisationType type) {

	public static OrganisationFilter all() {
		return new OrganisationFilter(null, null, null, null, null);
	}

}

package se.stegvis.organisation;

import org.jspecify.annotations.Nullable;

/**
 * An organisation with its reference facts. County, region and group fields are null where they do not
 * apply (a region has no municipality group; an organisation of type OTHER may have no county).
 *
 * @param code kommunkod for a municipality, länskod for a region, an assigned code otherwise
 * @param regionCode the länskod of the county the organisation belongs to
 * @param regionName the name of that county's region, e.g. "Region Skåne"
 * @param countyName the name of the county, e.g. "Skåne län"
 * @param municipalityGroup SKR's municipality group 2023, A1 … C9
 * @param municipalityMainGroup SKR's main group A, B or C
 */
public record Organisation(String code, String name, OrganisationType type, @Nullable String regionCode,
		@Nullable String countyName, @Nullable String regionName, @Nullable String municipalityGroup,
		@Nullable String municipalityGroupName, @Nullable String municipalityMainGroup,
		@Nullable String municipalityMainGroupName, boolean active) {
}

package se.stegvis.organisation;

/** A län with the name of its region (e.g. 12, Skåne län, Region Skåne). */
public record County(String code, String name, String regionName) {
}

package se.stegvis.organisation;

/** One of SKR's three main groups of municipalities: A, B or C. */
public record MunicipalityMainGroup(String code, String name) {
}

package se.stegvis.organisation;

/** One of SKR's municipality groups 2023 (A1 … C9) and the main group (A, B, C) it belongs to. */
public record MunicipalityGroup(String code, String name, String mainGroup) {
}

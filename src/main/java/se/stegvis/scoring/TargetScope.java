package se.stegvis.scoring;

/** What a target override applies to; the more specific wins: INDICATOR > AREA > DIMENSION. */
public enum TargetScope {
    DIMENSION,
    AREA,
    INDICATOR
}

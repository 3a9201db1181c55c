package se.stegvis.scoring;

/** What an activity is for. */
public enum ActivityKind {
    /** Moves an indicator up from the levels it applies to. */
    IMPROVE,
    /** "Ta reda på": the suggestion for an indicator answered "Vet ej". */
    FIND_OUT
}

package se.stegvis.scoring;

/** The effort an activity takes, in ascending order: S &lt; M &lt; L. */
public enum Effort {
    S,
    M,
    L
}

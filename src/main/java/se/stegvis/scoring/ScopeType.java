package se.stegvis.scoring;

/** The kinds of scope a score is computed for. */
public enum ScopeType {
    /** All indicators of the round. */
    OVERALL,
    /** The indicators of every dimension in a dimension group or in any of its descendant groups. */
    DIMENSION_GROUP,
    /** The indicators of one dimension. */
    DIMENSION,
    /** The indicators of one area. */
    AREA,
    /** The indicators of one area and one dimension. */
    CELL
}

package se.stegvis.scoring;

/** Why a comparison entry shows n but no figures. */
public enum SuppressionReason {
    /** No organisation in the group has a score for the entry. */
    NO_DATA,
    /** An anonymous group has fewer than k organisations with a score for the entry. */
    FEWER_THAN_K
}

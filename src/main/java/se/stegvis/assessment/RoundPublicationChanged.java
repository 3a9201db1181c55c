package se.stegvis.assessment;

/**
 * Published (synchronously, inside the changing transaction) when a round's publication to comparisons has
 * changed.
 *
 * @param roundId the round
 * @param published whether it now enters comparisons once completed
 */
public record RoundPublicationChanged(long roundId, boolean published) {
}

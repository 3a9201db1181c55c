package se.stegvis.assessment;

/**
 * Published (synchronously, inside the reopening transaction) when a completed round has been reopened: its
 * results are preliminary again and leave comparisons until it is completed again.
 *
 * @param roundId the reopened round
 */
public record RoundReopened(long roundId) {
}

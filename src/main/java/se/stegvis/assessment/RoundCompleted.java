package se.stegvis.assessment;

/**
 * Published (synchronously, inside the completing transaction) when a round has been completed: the
 * round's results are final until it is reopened.
 *
 * @param roundId the completed round
 */
public record RoundCompleted(long roundId) {
}

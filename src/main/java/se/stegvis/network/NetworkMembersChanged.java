package se.stegvis.network;

/**
 * Published (synchronously, inside the changing transaction) when an organisation joins a network or its
 * consent changes: which networks an organisation compares with by name has changed, so caches of consenting
 * networks (the summaries') must be dropped on every node.
 *
 * @param networkId the network whose members changed
 * @param organisationCode the member that joined or answered
 */
public record NetworkMembersChanged(long networkId, String organisationCode) {
}

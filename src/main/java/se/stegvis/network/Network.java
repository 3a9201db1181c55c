package se.stegvis.network;

import java.time.Instant;

/**
 * A network as everyone who may know of it sees it.
 *
 * @param ownerOrganisationCode the organisation whose org admins created it; they invite and add coordinators
 * @param ownerName that organisation's name (shown to invited organisations as who invites them)
 */
public record Network(long id, String name, String ownerOrganisationCode, String ownerName, Instant createdAt) {
}

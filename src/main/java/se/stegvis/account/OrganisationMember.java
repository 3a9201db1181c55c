package se.stegvis.account;

/**
 * A member of one organisation as other features list them (e.g. to pick a round's participants).
 *
 * @param role the member's role in that organisation
 */
public record OrganisationMember(long userId, String username, String displayName, Role role) {
}

package se.stegvis.account;

/** A user's membership of one organisation, with the organisation's name for display. */
public record Membership(String organisationCode, String organisationName, Role role) {
}

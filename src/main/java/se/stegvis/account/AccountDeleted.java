package se.stegvis.account;

/**
 * Published (synchronously, inside the deleting transaction) just before a user is deleted, so that a
 * feature that keeps the user's id can replace it or its name by the pseudonym.
 */
public record AccountDeleted(long userId, String pseudonym) {
}

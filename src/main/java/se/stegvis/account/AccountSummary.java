package se.stegvis.account;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An account as administrators and the API see it (never with its password hash).
 *
 * @param lastUsed the last sign-in or API call, or the creation time if the account was never used
 */
public record AccountSummary(long id, String username, String displayName, @Nullable String email, boolean systemAdmin,
		boolean hasPassword, Instant createdAt, Instant lastUsed, List<Membership> memberships) {
}

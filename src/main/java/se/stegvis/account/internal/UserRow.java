package se.stegvis.account.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A row of {@code account_user}.
 *
 * @param passwordHash null for an account without a local password (it cannot sign in with one)
 * @param lastActiveAt the last sign-in or API call, at a granularity of an hour; null if never
 */
public record UserRow(long id, String username, String displayName, @Nullable String email, @Nullable String passwordHash,
		boolean systemAdmin, Instant createdAt, @Nullable Instant lastActiveAt) {

	/** When the account was last used, or created if it never was. */
	public Instant lastUsed() {
		return this.lastActiveAt == null ? this.createdAt : this.lastActiveAt;
	}

}

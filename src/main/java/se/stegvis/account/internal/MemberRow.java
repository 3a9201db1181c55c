package se.stegvis.account.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import se.stegvis.account.Role;

/** A member of an organisation, as the member administration lists them. */
public record MemberRow(long userId, String username, String displayName, @Nullable String email, Role role,
		Instant memberSince, Instant lastUsed) {
}

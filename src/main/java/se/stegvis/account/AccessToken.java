package se.stegvis.account;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A personal access token as its owner sees it later: never the secret, only its first characters.
 *
 * @param hint the first characters of the token, to recognise it by
 */
public record AccessToken(long id, String name, String hint, Instant createdAt, @Nullable Instant lastUsedAt) {
}

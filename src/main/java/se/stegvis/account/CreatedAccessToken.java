package se.stegvis.account;

import java.time.Instant;

/** A token just created: the only time its secret {@code token} is shown. */
public record CreatedAccessToken(long id, String name, String token, Instant createdAt) {
}

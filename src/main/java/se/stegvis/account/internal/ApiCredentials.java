package se.stegvis.account.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** Finds the account behind a personal access token and records that both were used. */
@Component
public class ApiCredentials {

	private final TokenRows tokens;

	private final UserRows users;

	ApiCredentials(TokenRows tokens, UserRows users) {
		this.tokens = tokens;
		this.users = users;
	}

	public Optional<UserDetails> ownerOfToken(String token) {
		String hash = Secrets.hash(token);
		return this.tokens.ownerOf(hash).flatMap(this.users::findById).map((user) -> {
			Instant now = Instant.now();
			this.tokens.touch(hash, now);
			this.users.touch(user.username(), now);
			return AccountUserDetails.of(user, "");
		});
	}

}

package se.stegvis.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** Finds the account behind a personal access token, with its memberships, and records that both were used. */
@Component
public class ApiCredentials {

	private final TokenRows tokens;

	private final UserRows users;

	ApiCredentials(TokenRows tokens, UserRows users) {
		this.tokens = tokens;
		this.users = users;
	}

	/** The token's owner with their memberships, and the owner as Spring Security's principal. */
	public record TokenOwner(UserDetails principal, MembershipRows.UserWithMemberships user) {
	}

	public Optional<TokenOwner> ownerOfToken(String token) {
		String hash = Secrets.hash(token);
		return this.tokens.ownerWithUsage(hash).map((owner) -> {
			// Use is recorded at most once a minute (token) and once an hour (account): most calls write nothing.
			Instant now = Instant.now();
			Instant tokenUsed = owner.tokenLastUsedAt();
			if (tokenUsed == null || tokenUsed.isBefore(now.minus(Duration.ofMinutes(1)))) {
				this.tokens.touch(hash, now);
			}
			UserRow user = owner.user().user();
			Instant userActive = user.lastActiveAt();
			if (userActive == null || userActive.isBefore(now.minus(Duration.ofHours(1)))) {
				this.users.touch(user.username(), now);
			}
			return new TokenOwner(AccountUserDetails.of(user, ""), owner.user());
		});
	}

}

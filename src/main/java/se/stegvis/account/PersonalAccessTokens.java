package se.stegvis.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.stegvis.account.InvalidAccountInputException.Problem;
import se.stegvis.account.internal.AccountInput;
import se.stegvis.account.internal.ApiCredentials;
import se.stegvis.account.internal.Secrets;
import se.stegvis.account.internal.TokenRows;
import se.stegvis.account.internal.Texts;

/**
 * Personal access tokens for scripts and other systems ({@code Authorization: Bearer stegvis_…}). A token
 * acts as its owner, with the owner's current memberships; it is shown once and stored as a hash, and its
 * owner can revoke it at any time. Deleting the account revokes its tokens.
 */
@Service
@Transactional
public class PersonalAccessTokens {

	/** Every token starts with this, so that secret scanners can recognise a leaked one. */
	public static final String PREFIX = "stegvis_";

	private final TokenRows rows;

	private final AccountInput input;

	private final ApiCredentials credentials;

	private final AuditLog audit;

	private final Texts texts;

	private final CurrentUsers users;

	PersonalAccessTokens(TokenRows rows, AccountInput input, ApiCredentials credentials, AuditLog audit, Texts texts,
			CurrentUsers users) {
		this.users = users;
		this.rows = rows;
		this.input = input;
		this.credentials = credentials;
		this.audit = audit;
		this.texts = texts;
	}

	/**
	 * Creates a token for the user.
	 * @throws InvalidAccountInputException when the name is missing or too long
	 */
	public CreatedAccessToken create(CurrentUser owner, String name) {
		List<Problem> problems = new ArrayList<>();
		String checked = this.input.tokenName("name", name, problems);
		if (!problems.isEmpty()) {
			throw new InvalidAccountInputException(problems);
		}
		String token = PREFIX + Secrets.newSecret();
		Instant now = Instant.now();
		long id = this.rows.insert(owner.id(), checked, Secrets.hash(token), token.substring(0, PREFIX.length() + 4), now);
		this.audit.record(null, owner.asActor(), "token.created", "token:" + id, null, null);
		return new CreatedAccessToken(id, checked, token, now);
	}

	/** The user's tokens, newest first. */
	@Transactional(readOnly = true)
	public List<AccessToken> list(CurrentUser owner) {
		return this.rows.forUser(owner.id());
	}

	/**
	 * Revokes one of the user's tokens; it stops working at once.
	 * @throws se.stegvis.web.NotFoundException when the user has no such token
	 */
	public void revoke(CurrentUser owner, long id) {
		if (!this.rows.delete(owner.id(), id)) {
			throw this.texts.notFound();
		}
		this.audit.record(null, owner.asActor(), "token.revoked", "token:" + id, null, null);
	}

	/**
	 * The owner of a token, for the security filter that reads {@code Authorization: Bearer}. Records that
	 * the token and the account were used. The owner's memberships come with the token, so {@link CurrentUsers}
	 * needs no query of its own for the rest of the request. No transaction of its own: one query, and now and then
	 * a single-statement record of use, which needs none; every API call would pay its COMMIT.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<UserDetails> authenticate(String token) {
		if (!token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return this.credentials.ownerOfToken(token).map((owner) -> {
			this.users.rememberForRequest(owner.user());
			return owner.principal();
		});
	}

}

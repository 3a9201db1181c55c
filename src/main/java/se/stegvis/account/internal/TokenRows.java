package se.stegvis.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import se.stegvis.account.AccessToken;

/** The {@code account_token} table: personal access tokens by the SHA-256 hash of their secret. */
@Repository
public class TokenRows {

	private static final String SELECT = "SELECT id, name, token_hint, created_at, last_used_at FROM account_token";

	private final JdbcClient jdbc;

	TokenRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long userId, String name, String hash, String hint, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO account_token (user_id, name, token_hash, token_hint, created_at)
				VALUES (:userId, :name, :hash, :hint, :now)""")
			.param("userId", userId)
			.param("name", name)
			.param("hash", hash)
			.param("hint", hint)
			.param("now", Timestamps.of(now))
			.update(keys, "id");
		Number id = keys.getKey();
		if (id == null) {
			throw new IllegalStateException("No id generated for a token");
		}
		return id.longValue();
	}

	public List<AccessToken> forUser(long userId) {
		return this.jdbc.sql(SELECT + " WHERE user_id = :userId ORDER BY created_at DESC, id DESC")
			.param("userId", userId)
			.query((rs, i) -> new AccessToken(rs.getLong("id"), rs.getString("name"), rs.getString("token_hint"),
					Timestamps.require(rs, "created_at"), Timestamps.read(rs, "last_used_at")))
			.list();
	}

	/** The owner of a token with their memberships, and when the token was last used. */
	public record Owner(MembershipRows.UserWithMemberships user, @Nullable Instant tokenLastUsedAt) {
	}

	/**
	 * The owner of the token with this hash and their memberships (unsorted), read with the token in one query:
	 * every API call asks, and then who it is.
	 */
	public Optional<Owner> ownerWithUsage(String hash) {
		List<TokenUse> rows = this.jdbc.sql("""
				SELECT u.id, u.username, u.display_name, u.email, u.password_hash, u.system_admin, u.created_at,
				       u.last_active_at, t.last_used_at, m.organisation_code, o.name AS organisation_name, m.role
				FROM account_token t JOIN account_user u ON u.id = t.user_id
				LEFT JOIN account_membership m ON m.user_id = u.id
				LEFT JOIN organisation o ON o.code = m.organisation_code
				WHERE t.token_hash = :hash""")
			.param("hash", hash)
			.query((rs, i) -> new TokenUse(MembershipRows.userAndMembership(rs, i), Timestamps.read(rs, "last_used_at")))
			.list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Owner(MembershipRows.collect(rows.stream().map(TokenUse::owner).toList()),
				rows.get(0).lastUsedAt()));
	}

	private record TokenUse(MembershipRows.UserMembership owner, @Nullable Instant lastUsedAt) {
	}

	/** Records use at most once a minute. */
	public void touch(String hash, Instant now) {
		this.jdbc.sql("""
				UPDATE account_token SET last_used_at = :now
				WHERE token_hash = :hash AND (last_used_at IS NULL OR last_used_at < :minuteAgo)""")
			.param("now", Timestamps.of(now))
			.param("minuteAgo", Timestamps.of(now.minus(Duration.ofMinutes(1))))
			.param("hash", hash)
			.update();
	}

	public boolean delete(long userId, long id) {
		return this.jdbc.sql("DELETE FROM account_token WHERE id = :id AND user_id = :userId")
			.param("id", id)
			.param("userId", userId)
			.update() == 1;
	}

}

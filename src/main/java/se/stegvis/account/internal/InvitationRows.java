package se.stegvis.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import se.stegvis.account.Role;

/** The {@code account_invitation} table. */
@Repository
public class InvitationRows {

	private static final String SELECT = """
			SELECT i.id, i.organisation_code, o.name AS organisation_name, i.email, i.role, i.created_at, i.expires_at,
			       i.accepted_at, u.display_name AS invited_by_name
			FROM account_invitation i JOIN organisation o ON o.code = i.organisation_code
			LEFT JOIN account_user u ON u.id = i.invited_by""";

	private final JdbcClient jdbc;

	InvitationRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An invitation as stored; the token itself is never stored, only its hash. */
	public record Invitation(long id, String organisationCode, String organisationName, String email, Role role,
			Instant createdAt, Instant expiresAt, @Nullable Instant acceptedAt, @Nullable String invitedByName) {

		public boolean expired(Instant now) {
			return !now.isBefore(this.expiresAt);
		}

	}

	long insert(String tokenHash, String organisationCode, String email, Role role, long invitedBy, Instant now,
			Instant expiresAt) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO account_invitation (token_hash, organisation_code, email, role, invited_by, created_at, expires_at)
				VALUES (:hash, :code, :email, :role, :by, :now, :expires)""")
			.param("hash", tokenHash)
			.param("code", organisationCode)
			.param("email", email)
			.param("role", role.name())
			.param("by", invitedBy)
			.param("now", Timestamps.of(now))
			.param("expires", Timestamps.of(expiresAt))
			.update(keys, "id");
		Number id = keys.getKey();
		if (id == null) {
			throw new IllegalStateException("No id generated for an invitation");
		}
		return id.longValue();
	}

	Optional<Invitation> findByTokenHash(String tokenHash) {
		return this.jdbc.sql(SELECT + " WHERE i.token_hash = :hash").param("hash", tokenHash).query(InvitationRows::map).optional();
	}

	Optional<Invitation> findById(String organisationCode, long id) {
		return this.jdbc.sql(SELECT + " WHERE i.id = :id AND i.organisation_code = :code")
			.param("id", id)
			.param("code", organisationCode)
			.query(InvitationRows::map)
			.optional();
	}

	/** Invitations not yet accepted (expired ones included), newest first. */
	List<Invitation> pending(String organisationCode) {
		return this.jdbc.sql(SELECT + " WHERE i.organisation_code = :code AND i.accepted_at IS NULL ORDER BY i.created_at DESC, i.id DESC")
			.param("code", organisationCode)
			.query(InvitationRows::map)
			.list();
	}

	/** Marks the invitation accepted unless it already was; false if another request got there first. */
	boolean accept(long id, long userId, Instant now) {
		return this.jdbc.sql("UPDATE account_invitation SET accepted_at = :now, accepted_by = :userId WHERE id = :id AND accepted_at IS NULL")
			.param("now", Timestamps.of(now))
			.param("userId", userId)
			.param("id", id)
			.update() == 1;
	}

	void delete(long id) {
		this.jdbc.sql("DELETE FROM account_invitation WHERE id = :id").param("id", id).update();
	}

	private static Invitation map(ResultSet rs, int row) throws SQLException {
		return new Invitation(rs.getLong("id"), rs.getString("organisation_code"), rs.getString("organisation_name"),
				rs.getString("email"), Role.valueOf(rs.getString("role")), Timestamps.require(rs, "created_at"),
				Timestamps.require(rs, "expires_at"), Timestamps.read(rs, "accepted_at"), rs.getString("invited_by_name"));
	}

}

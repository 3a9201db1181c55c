package se.stegvis.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.stegvis.account.Membership;
import se.stegvis.account.Role;

/** The {@code account_membership} table: one role per user and organisation. */
@Repository
public class MembershipRows {

	private final JdbcClient jdbc;

	MembershipRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A user's memberships with the organisations' names (unsorted). */
	public List<Membership> forUser(long userId) {
		return this.jdbc.sql("""
				SELECT m.organisation_code, o.name, m.role FROM account_membership m
				JOIN organisation o ON o.code = m.organisation_code WHERE m.user_id = :userId""")
			.param("userId", userId)
			.query((rs, i) -> new Membership(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3))))
			.list();
	}

	/** A user and their memberships (unsorted), in one query: every request asks who is signed in. */
	public record UserWithMemberships(UserRow user, List<Membership> memberships) {
	}

	public Optional<UserWithMemberships> userWithMemberships(String username) {
		List<UserMembership> rows = this.jdbc.sql("""
				SELECT u.id, u.username, u.display_name, u.email, u.password_hash, u.system_admin, u.created_at,
				       u.last_active_at, m.organisation_code, o.name AS organisation_name, m.role
				FROM account_user u
				LEFT JOIN account_membership m ON m.user_id = u.id
				LEFT JOIN organisation o ON o.code = m.organisation_code
				WHERE u.username = :username""")
			.param("username", username)
			.query(MembershipRows::userAndMembership)
			.list();
		return rows.isEmpty() ? Optional.empty() : Optional.of(collect(rows));
	}

	/** One row of a user left-joined with their memberships: a membership, or null when the user has none. */
	record UserMembership(UserRow user, @Nullable Membership membership) {
	}

	/**
	 * Maps a row of a user left-joined with their memberships. Needs the user's columns, {@code organisation_code},
	 * {@code organisation_name} and {@code role}.
	 */
	static UserMembership userAndMembership(ResultSet rs, int rowNum) throws SQLException {
		return new UserMembership(UserRows.map(rs, rowNum), rs.getString("organisation_code") == null ? null
				: new Membership(rs.getString("organisation_code"), rs.getString("organisation_name"),
						Role.valueOf(rs.getString("role"))));
	}

	/** The user and memberships of the (non-empty) rows of one user. */
	static UserWithMemberships collect(List<UserMembership> rows) {
		List<Membership> memberships = rows.stream().map(UserMembership::membership).filter(Objects::nonNull).toList();
		return new UserWithMemberships(rows.get(0).user(), memberships);
	}

	public List<MemberRow> forOrganisation(String organisationCode) {
		return this.jdbc.sql("""
				SELECT u.id, u.username, u.display_name, u.email, m.role, m.created_at, u.created_at AS user_created,
				       u.last_active_at
				FROM account_membership m JOIN account_user u ON u.id = m.user_id
				WHERE m.organisation_code = :code""")
			.param("code", organisationCode)
			.query((rs, i) -> {
				Instant lastActive = Timestamps.read(rs, "last_active_at");
				return new MemberRow(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
						rs.getString("email"), Role.valueOf(rs.getString("role")), Timestamps.require(rs, "created_at"),
						lastActive == null ? Timestamps.require(rs, "user_created") : lastActive);
			})
			.list();
	}

	public Optional<Role> roleOf(long userId, String organisationCode) {
		return this.jdbc.sql("SELECT role FROM account_membership WHERE user_id = :userId AND organisation_code = :code")
			.param("userId", userId)
			.param("code", organisationCode)
			.query((rs, i) -> Role.valueOf(rs.getString(1)))
			.optional();
	}

	public void insert(long userId, String organisationCode, Role role, Instant now) {
		this.jdbc.sql("""
				INSERT INTO account_membership (user_id, organisation_code, role, created_at)
				VALUES (:userId, :code, :role, :now)""")
			.param("userId", userId)
			.param("code", organisationCode)
			.param("role", role.name())
			.param("now", Timestamps.of(now))
			.update();
	}

	public void updateRole(long userId, String organisationCode, Role role) {
		this.jdbc.sql("UPDATE account_membership SET role = :role WHERE user_id = :userId AND organisation_code = :code")
			.param("role", role.name())
			.param("userId", userId)
			.param("code", organisationCode)
			.update();
	}

	public void delete(long userId, String organisationCode) {
		this.jdbc.sql("DELETE FROM account_membership WHERE user_id = :userId AND organisation_code = :code")
			.param("userId", userId)
			.param("code", organisationCode)
			.update();
	}

	/**
	 * Locks the organisation's org-admin memberships until the transaction ends and returns their user ids,
	 * so that two admins removing each other at once cannot leave the organisation without one.
	 */
	public List<Long> lockAdmins(String organisationCode) {
		return this.jdbc.sql("""
				SELECT user_id FROM account_membership WHERE organisation_code = :code AND role = 'ORG_ADMIN'
				FOR UPDATE""")
			.param("code", organisationCode)
			.query(Long.class)
			.list();
	}

	public long countForUser(long userId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM account_membership WHERE user_id = :userId")
			.param("userId", userId)
			.query(Long.class)
			.single();
	}

}

package se.stegvis.network.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.stegvis.network.MemberState;

/** The tables {@code network}, {@code network_member} and {@code network_coordinator}. */
@Repository
public class NetworkRows {

	private final JdbcClient jdbc;

	NetworkRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record NetworkRow(long id, String name, String ownerOrganisationCode, Instant createdAt) {
	}

	public record MemberRow(long networkId, String organisationCode, MemberState state, Instant invitedAt,
			Instant changedAt) {
	}

	public long insert(String name, String ownerOrganisationCode, Instant now) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO network (name, owner_organisation_code, created_at) VALUES (?, ?, ?)")
			.params(name, ownerOrganisationCode, Timestamp.from(now))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	public Optional<NetworkRow> find(long id) {
		return this.jdbc.sql("SELECT id, name, owner_organisation_code, created_at FROM network WHERE id = ?")
			.param(id)
			.query((rs, i) -> new NetworkRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
			.optional();
	}

	public List<NetworkRow> findAll(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
		return this.jdbc.sql("SELECT id, name, owner_organisation_code, created_at FROM network WHERE id IN (" + marks
				+ ") ORDER BY id")
			.params(ids.toArray())
			.query((rs, i) -> new NetworkRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
			.list();
	}

	public void insertMember(long networkId, String organisationCode, MemberState state, Instant now) {
		this.jdbc.sql("INSERT INTO network_member (network_id, organisation_code, state, invited_at, changed_at) "
				+ "VALUES (?, ?, ?, ?, ?)")
			.params(networkId, organisationCode, state.name(), Timestamp.from(now), Timestamp.from(now))
			.update();
	}

	public void updateState(long networkId, String organisationCode, MemberState state, Instant now) {
		this.jdbc.sql("UPDATE network_member SET state = ?, changed_at = ? WHERE network_id = ? AND organisation_code = ?")
			.params(state.name(), Timestamp.from(now), networkId, organisationCode)
			.update();
	}

	public List<MemberRow> members(long networkId) {
		return this.jdbc.sql("SELECT network_id, organisation_code, state, invited_at, changed_at FROM network_member "
				+ "WHERE network_id = ?")
			.param(networkId)
			.query((rs, i) -> member(rs))
			.list();
	}

	/** Every membership row of the given organisations (any state). */
	public List<MemberRow> membershipsOf(List<String> organisationCodes) {
		if (organisationCodes.isEmpty()) {
			return List.of();
		}
		String marks = String.join(", ", java.util.Collections.nCopies(organisationCodes.size(), "?"));
		return this.jdbc.sql("SELECT network_id, organisation_code, state, invited_at, changed_at FROM network_member "
				+ "WHERE organisation_code IN (" + marks + ")")
			.params(organisationCodes.toArray())
			.query((rs, i) -> member(rs))
			.list();
	}

	public void insertCoordinator(long networkId, long userId, String username, Instant now) {
		this.jdbc.sql("INSERT INTO network_coordinator (network_id, user_id, username, added_at) VALUES (?, ?, ?, ?)")
			.params(networkId, userId, username, Timestamp.from(now))
			.update();
	}

	public boolean isCoordinator(long networkId, long userId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM network_coordinator WHERE network_id = ? AND user_id = ?")
			.params(networkId, userId)
			.query(Long.class)
			.single() > 0;
	}

	public List<Long> coordinatedBy(long userId) {
		return this.jdbc.sql("SELECT network_id FROM network_coordinator WHERE user_id = ? ORDER BY network_id")
			.param(userId)
			.query(Long.class)
			.list();
	}

	/** The coordinators' usernames (the account module names them). */
	public List<String> coordinatorUsernames(long networkId) {
		return this.jdbc.sql("SELECT username FROM network_coordinator WHERE network_id = ? ORDER BY username")
			.param(networkId)
			.query(String.class)
			.list();
	}

	private static MemberRow member(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new MemberRow(rs.getLong(1), rs.getString(2), MemberState.valueOf(rs.getString(3)),
				rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant());
	}

}

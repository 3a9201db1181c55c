package se.stegvis.demo;

import java.util.List;

import se.stegvis.account.Role;

/**
 * The demo's people, all with the same password (demo only; README lists them): an org admin, a
 * participant and a viewer in three municipalities, a regional coordinator, someone in two municipalities,
 * and the system administrator {@code admin}.
 */
public final class DemoUsers {

	/** The password of every demo account, the system administrator's included. Never use it elsewhere. */
	public static final String PASSWORD = "kanelbulle-och-lingonsylt";

	/** A demo account: username, name, and its memberships. */
	public record DemoUser(String username, String displayName, List<DemoMembership> memberships) {
	}

	public record DemoMembership(String organisationCode, Role role) {
	}

	public static final List<DemoUser> USERS = List.of(
			user("stockholm.admin", "Karin Lund", "0180", Role.ORG_ADMIN),
			user("stockholm.deltagare", "Erik Sjöberg", "0180", Role.PARTICIPANT),
			user("stockholm.lasare", "Maja Holm", "0180", Role.VIEWER),
			user("malmo.admin", "Leila Haddad", "1280", Role.ORG_ADMIN),
			user("malmo.deltagare", "Johan Persson", "1280", Role.PARTICIPANT),
			user("malmo.lasare", "Sara Nilsson", "1280", Role.VIEWER),
			user("ostersund.admin", "Nils Åström", "2380", Role.ORG_ADMIN),
			user("ostersund.deltagare", "Elin Öberg", "2380", Role.PARTICIPANT),
			user("ostersund.lasare", "Ahmed Ali", "2380", Role.VIEWER),
			user("skane.samordnare", "Eva Lindgren", "12", Role.REGIONAL_COORDINATOR),
			new DemoUser("lund.malmo", "Oskar Berg", List.of(new DemoMembership("1281", Role.ORG_ADMIN),
					new DemoMembership("1280", Role.PARTICIPANT))));

	private DemoUsers() {
	}

	private static DemoUser user(String username, String displayName, String organisationCode, Role role) {
		return new DemoUser(username, displayName, List.of(new DemoMembership(organisationCode, role)));
	}

}

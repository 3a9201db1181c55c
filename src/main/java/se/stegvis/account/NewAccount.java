package se.stegvis.account;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A user to create, as the API receives it ({@code POST /api/v1/users}). Every field is checked by
 * {@link UserAccounts}; nothing is assumed valid.
 *
 * @param password the local password, or null for an account that cannot sign in with one
 * @param systemAdmin null means false
 * @param memberships null means none
 */
public record NewAccount(@Nullable String username, @Nullable String displayName, @Nullable String email,
		@Nullable String password, @Nullable Boolean systemAdmin, @Nullable List<NewMembership> memberships) {

	/** A user with a password and memberships, e.g. for demo data. */
	public static NewAccount of(String username, String displayName, String password, NewMembership... memberships) {
		return new NewAccount(username, displayName, null, password, false, Arrays.asList(memberships));
	}

	public NewAccount asSystemAdmin() {
		return new NewAccount(this.username, this.displayName, this.email, this.password, true, this.memberships);
	}

	public NewAccount withEmail(@Nullable String email) {
		return new NewAccount(this.username, this.displayName, email, this.password, this.systemAdmin, this.memberships);
	}

	/** One membership to create; the role is the name of a {@link Role}. */
	public record NewMembership(@Nullable String organisationCode, @Nullable String role) {

		public static NewMembership of(String organisationCode, Role role) {
			return new NewMembership(organisationCode, role.name());
		}

	}

}

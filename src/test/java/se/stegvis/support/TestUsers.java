package se.stegvis.support;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.core.env.Environment;

import se.stegvis.account.AccountSummary;
import se.stegvis.account.CurrentUser;
import se.stegvis.account.NewAccount;
import se.stegvis.account.NewAccount.NewMembership;
import se.stegvis.account.PersonalAccessTokens;
import se.stegvis.account.Role;
import se.stegvis.account.UserAccounts;

/**
 * Object Mother for people in tests: each call creates a new account with a unique username, the
 * password {@link #PASSWORD} and a personal access token. Inject it into any {@code @IntegrationTest} or
 * {@code @BrowserTest}: {@code @Autowired TestUsers users; TestUser admin = users.orgAdmin("0180");}.
 */
public class TestUsers {

	/** Every test user's password (it passes the password policy). */
	public static final String PASSWORD = "gurka-tallrik-fonsterbrada";

	private final UserAccounts accounts;

	private final PersonalAccessTokens tokens;

	private final Environment environment;

	public TestUsers(UserAccounts accounts, PersonalAccessTokens tokens, Environment environment) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.environment = environment;
	}

	public TestUser orgAdmin(String organisationCode) {
		return member(organisationCode, Role.ORG_ADMIN);
	}

	public TestUser participant(String organisationCode) {
		return member(organisationCode, Role.PARTICIPANT);
	}

	public TestUser viewer(String organisationCode) {
		return member(organisationCode, Role.VIEWER);
	}

	public TestUser regionalCoordinator(String organisationCode) {
		return member(organisationCode, Role.REGIONAL_COORDINATOR);
	}

	public TestUser member(String organisationCode, Role role) {
		return create(role.name().toLowerCase(Locale.ROOT), false, NewMembership.of(organisationCode, role));
	}

	/** A user with several memberships, e.g. {@code withMemberships(NewMembership.of("0180", Role.VIEWER), …)}. */
	public TestUser withMemberships(NewMembership... memberships) {
		return create("member", false, memberships);
	}

	/** A system administrator without any membership. */
	public TestUser systemAdmin() {
		return create("sysadmin", true);
	}

	/** A signed-in user who belongs to no organisation. */
	public TestUser withoutMembership() {
		return create("nobody", false);
	}

	/** Signs the user in through the sign-in form and returns the page session (cookies and CSRF). */
	public PageSession signIn(TestUser user) {
		return PageSession.signIn(baseUrl(), user.username(), user.password());
	}

	/** The application's address in this test context, e.g. {@code http://localhost:53211}. */
	public String baseUrl() {
		return "http://localhost:" + this.environment.getRequiredProperty("local.server.port");
	}

	private TestUser create(String kind, boolean systemAdmin, NewMembership... memberships) {
		String username = "test-" + kind + "-" + UUID.randomUUID().toString().substring(0, 8);
		String displayName = "Test " + kind + " " + username.substring(username.length() - 4);
		NewAccount account = new NewAccount(username, displayName, username + "@example.se", PASSWORD, systemAdmin,
				Arrays.asList(memberships));
		AccountSummary created = this.accounts.provision(account);
		CurrentUser owner = new CurrentUser(created.id(), created.username(), created.displayName(), systemAdmin,
				List.of(), null);
		String token = this.tokens.create(owner, "test").token();
		return new TestUser(created.id(), created.username(), PASSWORD, created.displayName(), token);
	}

}

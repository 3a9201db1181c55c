package se.stegvis.account;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.account.NewAccount.NewMembership;
import se.stegvis.support.IntegrationTest;
import se.stegvis.support.PageSession;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** The account pages in Swedish: sign in and out, password, tokens, the organisation switcher, members and invitations. */
@IntegrationTest
class AccountPagesTest {

	private static final Pattern LINK = Pattern.compile("id=\"invitation-link\"[^>]*value=\"([^\"]+)\"");

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RestTestClient http;

	@Test
	void signInShowsTheUserInTheHeaderAndSignOutNeedsAPostWithCsrf() {
		TestUser user = this.users.participant("0180");
		PageSession session = this.users.signIn(user);
		String account = session.get("/konto").body();
		assertThat(account).contains("Mitt konto", user.displayName(), "Stockholm", "Deltagare", "Logga ut");

		assertThat(session.postWithoutCsrf("/logga-ut", Map.of()).status()).isEqualTo(403);
		PageSession.Response out = session.post("/logga-ut", Map.of());
		assertThat(out.location()).endsWith("/logga-in?utloggad");
		assertThat(session.get("/logga-in?utloggad").body()).contains("Du är utloggad", "Logga in");
		assertThat(session.get("/konto").location()).endsWith("/logga-in");
	}

	@Test
	void aWrongPasswordShowsASwedishMessageAndKeepsTheUsername() {
		TestUser user = this.users.viewer("0180");
		PageSession visitor = PageSession.anonymous(this.users.baseUrl()).from("203.0.113.7");
		assertThat(visitor.submitLogin(user.username(), "inte-mitt-losenord-alls").location()).endsWith("/logga-in?fel");
		String page = visitor.get("/logga-in?fel").body();
		assertThat(page).contains("Det finns ett problem", "Fel användarnamn eller lösenord", "govuk-input--error",
				"value=\"" + user.username() + "\"");
	}

	@Test
	void changingThePasswordChecksTheCurrentOneAndThePolicyAndEndsOtherSessions() {
		TestUser user = this.users.participant("0180");
		PageSession session = this.users.signIn(user);
		PageSession otherDevice = this.users.signIn(user);

		PageSession.Response wrong = session.post("/konto/losenord",
				Map.of("currentPassword", "inte-det-gamla-losenordet", "newPassword", "ett helt nytt och långt lösenord"));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.body()).contains("Det nuvarande lösenordet stämmer inte", "href=\"#currentPassword\"");

		PageSession.Response weak = session.post("/konto/losenord",
				Map.of("currentPassword", user.password(), "newPassword", "kort"));
		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.body()).contains("Lösenordet är för kort. Det måste ha minst 15 tecken", "href=\"#newPassword\"");

		PageSession.Response changed = session.post("/konto/losenord",
				Map.of("currentPassword", user.password(), "newPassword", "ett helt nytt och långt lösenord"));
		assertThat(changed.location()).endsWith("/konto?losenordBytt");
		assertThat(session.get("/konto?losenordBytt").body()).contains("Ditt lösenord är bytt");
		assertThat(otherDevice.get("/konto").location()).as("the other session has ended").endsWith("/logga-in");
		PageSession.signIn(this.users.baseUrl(), user.username(), "ett helt nytt och långt lösenord");
	}

	@Test
	void someoneWithSeveralMembershipsSwitchesOrganisationInTheHeaderWithoutJavaScript() {
		TestUser user = this.users.withMemberships(NewMembership.of("0180", Role.PARTICIPANT),
				NewMembership.of("1280", Role.VIEWER));
		PageSession session = this.users.signIn(user);
		String before = session.get("/konto").body();
		assertThat(before).contains("id=\"header-organisation\"", "Byt organisation")
			.containsPattern("<option value=\"1280\"[^>]*selected[^>]*>Malmö</option>");

		PageSession.Response switched = session.post("/konto/organisation",
				Map.of("organisationCode", "0180", "returnTo", "/egenvardering"));
		assertThat(switched.location()).endsWith("/egenvardering");
		assertThat(session.get("/konto").body()).containsPattern("<option value=\"0180\"[^>]*selected[^>]*>Stockholm</option>");

		assertThat(session.post("/konto/organisation", Map.of("organisationCode", "2380")).status()).isEqualTo(404);
		assertThat(session.post("/konto/organisation", Map.of("organisationCode", "0180", "returnTo", "//evil.example"))
			.location()).endsWith("/konto");
	}

	@Test
	void personalAccessTokensAreShownOnceInThePage() {
		TestUser user = this.users.participant("0180");
		PageSession session = this.users.signIn(user);
		PageSession.Response created = session.post("/konto/tokens", Map.of("name", "Rapportskript"));
		assertThat(created.status()).isEqualTo(200);
		Matcher token = Pattern.compile("value=\"(stegvis_[^\"]+)\"").matcher(created.body());
		assertThat(token.find()).isTrue();
		assertThat(created.body()).contains("Det visas bara den här gången");
		this.http.get().uri("/api/v1/me").headers((h) -> h.setBearerAuth(token.group(1))).exchange().expectStatus().isOk();
		assertThat(session.get("/konto/tokens").body()).contains("Rapportskript").doesNotContain(token.group(1));

		PageSession.Response empty = session.post("/konto/tokens", Map.of("name", ""));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.body()).contains("Ange vad token ska användas till", "href=\"#name\"");
	}

	@Test
	void anOrgAdminInvitesAColleagueWhoCreatesAnAccountWithTheLink() {
		TestUser admin = this.users.orgAdmin("1281");
		PageSession session = this.users.signIn(admin);
		PageSession.Response invited = session.post("/organisation/1281/inbjudningar/ny",
				Map.of("email", "ny.kollega@lund.example", "role", "PARTICIPANT"));
		assertThat(invited.status()).isEqualTo(200);
		assertThat(invited.body()).contains("Inbjudan är skapad", "ny.kollega@lund.example",
				"Länken har inte skickats med e-post");
		String link = link(invited.body());
		String path = link.substring(link.indexOf("/inbjudan/"));

		PageSession invitee = PageSession.anonymous(this.users.baseUrl());
		assertThat(invitee.get(path).body()).contains("Du är inbjuden till Lund", admin.displayName(), "Deltagare");
		String username = "ny.kollega." + System.nanoTime();
		PageSession.Response weak = invitee.post(path, Map.of("username", username, "displayName", "Ny Kollega", "password", "123"));
		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.body()).contains("Lösenordet är för kort");
		PageSession.Response created = invitee.post(path,
				Map.of("username", username, "displayName", "Ny Kollega", "password", "lingon och blåbär i skogen"));
		assertThat(created.location()).endsWith("/logga-in?kontoSkapat");

		PageSession newcomer = PageSession.signIn(this.users.baseUrl(), username, "lingon och blåbär i skogen");
		assertThat(newcomer.get("/konto").body()).contains("Ny Kollega", "ny.kollega@lund.example", "Lund", "Deltagare");
		PageSession.Response again = PageSession.anonymous(this.users.baseUrl()).get(path);
		assertThat(again.status()).isEqualTo(410);
		assertThat(again.body()).contains("Inbjudan har redan använts");
	}

	@Test
	void someoneWithAnAccountAcceptsAnInvitationAfterSigningIn() {
		TestUser admin = this.users.orgAdmin("1262");
		TestUser existing = this.users.participant("0180");
		String link = link(this.users.signIn(admin)
			.post("/organisation/1262/inbjudningar/ny", Map.of("email", "befintlig@example.se", "role", "VIEWER"))
			.body());
		String path = link.substring(link.indexOf("/inbjudan/"));
		assertThat(PageSession.anonymous(this.users.baseUrl()).get(path + "/logga-in").location()).endsWith("/logga-in");

		PageSession session = this.users.signIn(existing);
		assertThat(session.get(path).body()).contains("Du är inloggad som " + existing.displayName(), "Gå med i Lomma");
		assertThat(session.post(path + "/acceptera", Map.of()).location()).endsWith("/konto?inbjudanAccepterad");
		assertThat(session.get("/konto").body()).contains("Lomma", "Läsare", "Stockholm");
	}

	@Test
	void anExpiredInvitationSaysSoAndCreatesNothing() {
		TestUser admin = this.users.orgAdmin("1262");
		String link = link(this.users.signIn(admin)
			.post("/organisation/1262/inbjudningar/ny", Map.of("email", "sen@example.se", "role", "VIEWER"))
			.body());
		this.jdbc.sql("UPDATE account_invitation SET expires_at = :t WHERE email = 'sen@example.se'")
			.param("t", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1))
			.update();
		String path = link.substring(link.indexOf("/inbjudan/"));
		PageSession visitor = PageSession.anonymous(this.users.baseUrl());
		PageSession.Response page = visitor.get(path);
		assertThat(page.status()).isEqualTo(410);
		assertThat(page.body()).contains("Inbjudan har gått ut", "Be den som bjöd in dig om en ny inbjudan");
		assertThat(visitor.post(path, Map.of("username", "for.sent." + System.nanoTime(), "displayName", "Sen",
				"password", "lingon och blåbär i skogen")).status()).isEqualTo(410);
		assertThat(PageSession.anonymous(this.users.baseUrl()).get("/inbjudan/finns-inte").status()).isEqualTo(404);
	}

	@Test
	void anInvitationWithoutAValidAddressOrRoleShowsInlineErrorsAndCreatesNothing() {
		TestUser admin = this.users.orgAdmin("1490");
		long before = invitations();
		PageSession.Response response = this.users.signIn(admin)
			.post("/organisation/1490/inbjudningar/ny", Map.of("email", "inte-en-adress", "role", "KUNG"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("Det finns ett problem", "Ange en e-postadress i rätt format",
				"Rollen KUNG finns inte", "href=\"#email\"", "href=\"#role\"", "govuk-form-group--error");
		assertThat(invitations()).isEqualTo(before);
	}

	@Test
	void theMembersPageRefusesToRemoveTheLastOrgAdminWithAClearMessage() {
		String organisation = "0604";
		TestUser admin = this.users.orgAdmin(organisation);
		this.jdbc.sql("UPDATE account_membership SET role = 'PARTICIPANT' WHERE organisation_code = :c AND role = 'ORG_ADMIN' AND user_id <> :id")
			.param("c", organisation).param("id", admin.id()).update();
		PageSession session = this.users.signIn(admin);
		PageSession.Response refused = session.post("/organisation/" + organisation + "/medlemmar/" + admin.username() + "/ta-bort", Map.of());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body()).contains("Det finns ett problem", "Organisationen måste ha minst en organisationsadministratör");
		assertThat(session.get("/konto").body()).contains("Organisationsadministratör");
	}

	@Test
	void theMembersPageListsMembersRolesInvitationsAndChanges() {
		TestUser admin = this.users.orgAdmin("0581");
		TestUser member = this.users.participant("0581");
		PageSession session = this.users.signIn(admin);
		assertThat(session.post("/organisation/0581/medlemmar/" + member.username() + "/roll", Map.of("role", "VIEWER"))
			.location()).endsWith("/organisation/0581/medlemmar?rollAndrad");
		String page = session.get("/organisation/0581/medlemmar?rollAndrad").body();
		assertThat(page).contains("Medlemmar i Norrköping", "Rollen är ändrad", member.displayName(), admin.displayName(),
				"Senaste ändringar", member.displayName() + " fick rollen Läsare i stället för Deltagare");
	}

	private long invitations() {
		return this.jdbc.sql("SELECT COUNT(*) FROM account_invitation").query(Long.class).single();
	}

	private static String link(String html) {
		Matcher m = LINK.matcher(html);
		assertThat(m.find()).as("an invitation link on the page").isTrue();
		return m.group(1);
	}

}

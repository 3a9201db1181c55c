package se.stegvis.network;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.assessment.TestRounds;
import se.stegvis.support.IntegrationTest;
import se.stegvis.support.PageSession;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network pages and the units side by side. Uses municipalities of Västernorrland (22xx) that no other test
 * uses, so that every member's latest round is the one made here.
 */
@IntegrationTest
class NetworkPagesTest {

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@Test
	void anInvitedOrgAdminConsentsOnTheOrganisationsPageAndThenSeesMembersByName() {
		TestUser harnosand = this.users.orgAdmin("2280");
		TestUser sundsvall = this.users.orgAdmin("2281");
		TestUser kramfors = this.users.orgAdmin("2282");
		round(harnosand, "2280", 4);
		long sundsvallRound = round(sundsvall, "2281", 2);
		round(kramfors, "2282", 1);
		long network = TestNetworks.create(this.http, harnosand, "Kustnätverket");
		TestNetworks.invite(this.http, harnosand, network, "2281");
		TestNetworks.invite(this.http, harnosand, network, "2282");
		PageSession session = this.users.signIn(sundsvall);

		String invitations = session.get("/organisationer/2281/natverk").body();
		assertThat(invitations).contains("Kustnätverket", "Härnösand", "Inbjuden, inte besvarad");
		String invitation = session.get("/natverk/" + network).body();
		assertThat(invitation).contains("Härnösand har bjudit in er till nätverket Kustnätverket")
			.doesNotContain("Kramfors", "data-figures");

		PageSession.Response answered = session.post("/organisationer/2281/natverk/" + network + "/samtycke",
				Map.of("samtycke", "ja"));
		assertThat(answered.status()).isEqualTo(302);
		assertThat(session.get("/organisationer/2281/natverk").body()).contains("Ni samtycker", "Återkalla samtycket");

		String figures = session.get("/natverk/" + network).body();
		assertThat(figures).contains("data-row=\"Härnösand\"", "data-row=\"Sundsvall\"", "Medelvärde för Kustnätverket",
				"data-chart=\"radar-network\"", "100,0", "50,0", "75,0");
		assertThat(figures).as("invited, not consented: never named").doesNotContain("Kramfors");
		String summary = session.get("/omgangar/" + sundsvallRound + "/sammanfattning").body();
		assertThat(summary).contains("Nätverket Kustnätverket");
		String chosen = session.get("/omgangar/" + sundsvallRound + "/sammanfattning?jamforelse=natverk-" + network).body();
		assertThat(chosen).contains("Jämförelse med Kustnätverket: 2 organisationer");

		session.post("/organisationer/2281/natverk/" + network + "/samtycke", Map.of("samtycke", "nej"));
		PageSession owner = this.users.signIn(harnosand);
		assertThat(owner.get("/natverk/" + network).body()).doesNotContain("Sundsvall", "50,0");
		assertThat(session.get("/natverk/" + network).body()).contains("Samtycket återkallat").doesNotContain("data-figures");
		assertThat(session.get("/omgangar/" + sundsvallRound + "/sammanfattning").body()).doesNotContain("Kustnätverket");
		String manage = owner.get("/natverk/" + network + "/hantera").body();
		assertThat(manage).contains("Sundsvall", "Kramfors", "Har inte samtyckt");
	}

	@Test
	void badInputShowsASwedishMessageAndChangesNothing() {
		TestUser admin = this.users.orgAdmin("2283");
		PageSession session = this.users.signIn(admin);
		PageSession.Response refused = session.post("/organisationer/2283/natverk", Map.of("name", " "));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("Skriv nätverkets namn.", "govuk-error-summary");
		assertThat(session.get("/organisationer/2283/natverk").body()).contains("inte med i något nätverk");

		PageSession.Response created = session.post("/organisationer/2283/natverk", Map.of("name", "Timrå och grannar"));
		assertThat(created.status()).isEqualTo(302);
		String manage = created.location().replaceFirst("^https?://[^/]+", "");
		long network = Long.parseLong(manage.replaceAll("\\D", "").replaceFirst("^$", "0"));
		PageSession.Response unknown = session.post("/natverk/" + network + "/medlemmar", Map.of("organisationCode", "9999"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).contains("Det finns ingen organisation med koden 9999");
		PageSession.Response notCoordinator = session.post("/natverk/" + network + "/samordnare",
				Map.of("username", admin.username()));
		assertThat(notCoordinator.status()).isEqualTo(400);
		assertThat(notCoordinator.body()).contains("har inte rollen regional samordnare");
		assertThat(session.get("/natverk/" + network + "/hantera").body()).contains("Ingen samordnare har läsrätt");
	}

	@Test
	void membersSeeTheirUnitsSideBySideWithEachUnitsTrend() {
		String code = "2284";
		TestUser admin = this.users.orgAdmin(code);
		long north = unit(admin, code, "Hemtjänst Norr");
		long south = unit(admin, code, "Hemtjänst Söder");
		unit(admin, code, "Hemtjänst Väster");
		unitRound(admin, code, north, "Våren", 1);
		unitRound(admin, code, north, "Hösten", 3);
		unitRound(admin, code, south, "Hösten", 4);

		String html = this.users.signIn(this.users.viewer(code)).get("/organisationer/" + code + "/enheter/jamforelse").body();
		assertThat(html).contains("data-row=\"Hemtjänst Norr\"", "data-row=\"Hemtjänst Söder\"", "data-chart=\"radar-units\"");
		String trend = between(html, "data-figures=\"trend\"", "</table>");
		assertThat(row(trend, "Hemtjänst Norr")).contains("+50,0", "sedan Våren");
		assertThat(row(trend, "Hemtjänst Söder")).contains("ingen tidigare omgång");
		assertThat(between(html, "data-without", "</ul>")).contains("Hemtjänst Väster");
		assertThat(this.users.signIn(this.users.orgAdmin("2283")).get("/organisationer/" + code + "/enheter/jamforelse")
			.status()).isEqualTo(404);
	}

	private long round(TestUser admin, String code, int level) {
		long round = TestRounds.group(this.http, admin, code);
		TestRounds.answer(this.http, admin, round, TestRounds.GENERAL_INDICATOR, level);
		TestRounds.complete(this.http, admin, round);
		return round;
	}

	private long unit(TestUser admin, String code, String name) {
		Map<?, ?> created = this.http.post().uri("/api/v1/organisations/{code}/units", code).headers(admin.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("name", name)).exchange().expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody();
		return ((Number) created.get("id")).longValue();
	}

	@Test
	void membersOnDifferentModelsChooseTheModelByItsTitle() {
		TestUser vansbro = this.users.orgAdmin("2021");
		TestUser malung = this.users.orgAdmin("2023");
		round(vansbro, "2021", 3);
		long other = TestRounds.start(this.http, malung, Map.of("organisationCode", "2023", "modelKey",
				"stegvis-organisation", "title", "Hela organisationen 2026", "mode", "GROUP"));
		TestRounds.answer(this.http, malung, other, "ORG-UND-GOALS", 3);
		TestRounds.complete(this.http, malung, other);
		long network = TestNetworks.create(this.http, vansbro, "Västerdalarna");
		TestNetworks.invite(this.http, vansbro, network, "2023");
		TestNetworks.consent(this.http, malung, network, true);

		String page = this.users.signIn(vansbro).get("/natverk/" + network).body();
		String select = between(page, "<select", "</select>");
		assertThat(select).contains("value=\"stegvis-organisation\"", ">Digital mognad i hela organisationen<",
				"value=\"" + TestRounds.MODEL + "\"", ">Digital mognad i socialtjänsten<");
		String chosen = this.users.signIn(vansbro).get("/natverk/" + network + "?modell=stegvis-organisation").body();
		assertThat(chosen).contains("data-row=\"Malung-Sälen\"").doesNotContain("data-row=\"Vansbro\"");
	}

	private void unitRound(TestUser admin, String code, long unit, String title, int level) {
		long round = TestRounds.start(this.http, admin, Map.of("organisationCode", code, "unitId", unit, "modelKey",
				TestRounds.MODEL, "title", title, "mode", "GROUP"));
		TestRounds.answer(this.http, admin, round, TestRounds.GENERAL_INDICATOR, level);
		TestRounds.complete(this.http, admin, round);
	}

	private static String between(String html, String from, String to) {
		int start = html.indexOf(from);
		assertThat(start).as(from).isNotNegative();
		return html.substring(start, html.indexOf(to, start));
	}

	private static String row(String table, String name) {
		Matcher m = Pattern.compile("data-row=\"" + Pattern.quote(name) + "\".*?</tr>", Pattern.DOTALL).matcher(table);
		assertThat(m.find()).as(name).isTrue();
		return m.group();
	}

}

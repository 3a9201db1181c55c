package se.stegvis.network;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.assessment.TestRounds;
import se.stegvis.support.Browser;
import se.stegvis.support.BrowserTest;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

/**
 * The network pages and the units side by side pass axe at both widths: an organisation's networks with an
 * invitation, the invitation-only view, the network's figures, the owner's page, a summary compared with the
 * network, and the units with a trend. Uses municipalities of Gävleborg (21xx) that no other test uses.
 */
@BrowserTest
@AutoConfigureRestTestClient
class NetworkPagesBrowserTest {

	@Autowired
	TestUsers users;

	@Autowired
	RestTestClient http;

	@Test
	void theNetworkPagesAreAccessible(Browser browser) {
		TestUser ockelbo = this.users.orgAdmin("2101");
		TestUser hofors = this.users.orgAdmin("2104");
		TestUser ovanaker = this.users.orgAdmin("2121");
		round(ockelbo, "2101", 3, 1);
		long hoforsRound = round(hofors, "2104", 2, 4);
		round(ovanaker, "2121", 1, 0);
		long network = TestNetworks.create(this.http, ockelbo, "Gävleborgs nätverk");
		TestNetworks.invite(this.http, ockelbo, network, "2104");
		TestNetworks.invite(this.http, ockelbo, network, "2121");

		browser.signIn(hofors);
		browser.checkPage("/organisationer/2104/natverk", "natverk-inbjudan");
		browser.checkPage("/natverk/" + network, "natverk-bara-inbjudan");
		TestNetworks.consent(this.http, hofors, network, true);
		browser.checkPage("/natverk/" + network, "natverk-resultat");
		browser.checkPage("/omgangar/" + hoforsRound + "/sammanfattning?jamforelse=natverk-" + network,
				"sammanfattning-natverk");
		browser.signOut();

		browser.signIn(ockelbo);
		browser.checkPage("/natverk/" + network + "/hantera", "natverk-hantera");
		browser.checkPage("/organisationer/2101/natverk", "natverk-agare");

		long unit = unit(ockelbo, "2101", "Individ- och familjeomsorgen");
		long other = unit(ockelbo, "2101", "Äldreomsorgen");
		unit(ockelbo, "2101", "Funktionsstöd");
		unitRound(ockelbo, unit, 1);
		unitRound(ockelbo, unit, 3);
		unitRound(ockelbo, other, 2);
		browser.checkPage("/organisationer/2101/enheter/jamforelse", "enheter-sida-vid-sida");
	}

	private long round(TestUser admin, String code, int general, int elderly) {
		long round = TestRounds.group(this.http, admin, code);
		TestRounds.answer(this.http, admin, round, TestRounds.GENERAL_INDICATOR, general);
		TestRounds.answer(this.http, admin, round, TestRounds.ELDERLY_INDICATOR, elderly);
		TestRounds.complete(this.http, admin, round);
		return round;
	}

	private long unit(TestUser admin, String code, String name) {
		Map<?, ?> created = this.http.post().uri("/api/v1/organisations/{code}/units", code).headers(admin.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("name", name)).exchange().expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody();
		return ((Number) created.get("id")).longValue();
	}

	private void unitRound(TestUser admin, long unit, int level) {
		long round = TestRounds.start(this.http, admin, Map.of("organisationCode", "2101", "unitId", unit, "modelKey",
				TestRounds.MODEL, "title", "Omgång " + level, "mode", "GROUP"));
		TestRounds.answer(this.http, admin, round, TestRounds.GENERAL_INDICATOR, level);
		TestRounds.answer(this.http, admin, round, TestRounds.ELDERLY_INDICATOR, 4 - level);
		TestRounds.complete(this.http, admin, round);
	}

}

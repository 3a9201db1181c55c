package se.stegvis.summary;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.assessment.TestRounds;
import se.stegvis.support.Browser;
import se.stegvis.support.BrowserTest;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

/**
 * The summary page passes axe at both widths: a completed round with a trend, a preliminary round with a
 * refused comparison choice, and an INDIVIDUAL round on the organisation model with its profile and spread.
 */
@BrowserTest
@AutoConfigureRestTestClient
class SummaryPagesBrowserTest {

	@Autowired
	TestUsers users;

	@Autowired
	RestTestClient http;

	@Test
	void theSummaryPageIsAccessible(Browser browser) {
		String code = "2417";
		TestUser admin = this.users.orgAdmin(code);
		long first = TestRounds.group(this.http, admin, code);
		TestRounds.answer(this.http, admin, first, TestRounds.GENERAL_INDICATOR, 1);
		TestRounds.answer(this.http, admin, first, TestRounds.ELDERLY_INDICATOR, 2);
		TestRounds.complete(this.http, admin, first);
		long second = TestRounds.group(this.http, admin, code);
		TestRounds.answer(this.http, admin, second, TestRounds.GENERAL_INDICATOR, 3);
		TestRounds.answer(this.http, admin, second, TestRounds.OTHER_GENERAL_INDICATOR, 4);
		TestRounds.answer(this.http, admin, second, TestRounds.ELDERLY_INDICATOR, 2);
		TestRounds.complete(this.http, admin, second);
		long open = TestRounds.group(this.http, admin, code);
		TestRounds.answer(this.http, admin, open, TestRounds.GENERAL_INDICATOR, 2);

		long individual = TestRounds.start(this.http, admin, Map.of("organisationCode", code, "modelKey",
				"stegvis-organisation", "title", "Digital mognad", "mode", "INDIVIDUAL"));
		TestUser lead = this.users.participant(code);
		TestUser staff = this.users.participant(code);
		TestRounds.addParticipant(this.http, admin, individual, lead, "Ledning");
		TestRounds.addParticipant(this.http, admin, individual, staff, "Medarbetare");
		for (String key : new String[] { "ORG-UND-GOALS" }) {
			TestRounds.answer(this.http, lead, individual, key, 4);
			TestRounds.answer(this.http, staff, individual, key, 1);
		}

		browser.signIn(admin);
		browser.checkPage("/omgangar/" + second + "/sammanfattning", "sammanfattning");
		browser.checkPage("/omgangar/" + second + "/sammanfattning?jamforelse=lanet", "sammanfattning-lanet");
		browser.checkPage("/omgangar/" + open + "/sammanfattning?jamforelse=planeten", "sammanfattning-preliminar-fel");
		browser.checkPage("/omgangar/" + individual + "/sammanfattning", "sammanfattning-organisation");
	}

}

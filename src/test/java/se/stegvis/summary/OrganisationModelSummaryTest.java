package se.stegvis.summary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.assessment.TestRounds;
import se.stegvis.support.IntegrationTest;
import se.stegvis.support.PageSession;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7 point 4: a round on the organisation-wide model {@code stegvis-organisation} in INDIVIDUAL mode, end
 * to end through HTTP; its preliminary and final summaries show the profile type with its description and
 * recommendations, and the two group scores.
 */
@IntegrationTest
class OrganisationModelSummaryTest {

	private static final String CODE = "2409";

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@Test
	void individualRoundOnTheOrganisationModelShowsItsTypeAndGroupScores() {
		TestUser admin = this.users.orgAdmin(CODE);
		long round = TestRounds.start(this.http, admin, Map.of("organisationCode", CODE, "modelKey",
				"stegvis-organisation", "title", "Digital mognad 2026", "mode", "INDIVIDUAL"));
		TestUser lead = this.users.participant(CODE);
		TestUser staff = this.users.participant(CODE);
		TestRounds.addParticipant(this.http, admin, round, lead, "Ledning");
		TestRounds.addParticipant(this.http, admin, round, staff, "Medarbetare");
		List<?> indicators = this.http.get().uri("/api/v1/assessments/{id}/answers", round).headers(lead.bearer())
			.exchange().expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody()
			.stream().map((a) -> ((Map<?, ?>) a).get("indicatorKey")).toList();
		assertThat(indicators).isNotEmpty();
		for (int i = 0; i < indicators.size(); i++) {
			String key = (String) indicators.get(i);
			TestRounds.answer(this.http, lead, round, key, 4);
			TestRounds.answer(this.http, staff, round, key, i % 2 == 0 ? 1 : 3);
		}

		Map<?, ?> preliminary = summary(admin, round);
		assertThat(preliminary.get("preliminary")).isEqualTo(true);
		assertTypeFollowsTheGroupScores(preliminary);
		assertPageShowsTheType(admin, round, preliminary, true);

		TestRounds.complete(this.http, admin, round);

		Map<?, ?> complete = summary(admin, round);
		assertThat(complete.get("preliminary")).isEqualTo(false);
		assertThat(complete.get("profile")).isEqualTo(preliminary.get("profile"));
		assertThat(complete.get("dimensionGroups")).isEqualTo(preliminary.get("dimensionGroups"));
		assertPageShowsTheType(this.users.viewer(CODE), round, complete, false);
		assertPageShowsTheSpreadToTheAdmin(admin, round);
	}

	private void assertTypeFollowsTheGroupScores(Map<?, ?> summary) {
		List<?> groups = (List<?>) summary.get("dimensionGroups");
		assertThat(groups.stream().map((g) -> String.valueOf(((Map<?, ?>) g).get("key"))).toList()).containsExactly("CAPABILITY", "LEGACY");
		boolean capability = score(groups, "CAPABILITY").compareTo(BigDecimal.valueOf(50)) >= 0;
		boolean legacy = score(groups, "LEGACY").compareTo(BigDecimal.valueOf(50)) >= 0;
		String expected = capability ? (legacy ? "PATHFINDER" : "RENEWER") : (legacy ? "STEWARD" : "FRESH_STARTER");
		Map<?, ?> profile = (Map<?, ?>) summary.get("profile");
		assertThat(profile.get("key")).isEqualTo(expected);
		assertThat((String) profile.get("title")).isNotBlank();
		assertThat((String) profile.get("description")).isNotBlank();
		assertThat((String) profile.get("recommendations")).startsWith("1. ");
	}

	private void assertPageShowsTheType(TestUser user, long round, Map<?, ?> api, boolean preliminary) {
		PageSession.Response page = this.users.signIn(user).get("/omgangar/" + round + "/sammanfattning");
		assertThat(page.status()).isEqualTo(200);
		Map<?, ?> profile = (Map<?, ?>) api.get("profile");
		String html = page.body();
		assertThat(html).contains("Er typ: " + profile.get("title"), (String) profile.get("description"),
				"Våra rekommendationer", "Digital förmåga", "Digitalt arv");
		String recommendation = ((String) profile.get("recommendations")).split("\n")[0];
		assertThat(html).contains(recommendation);
		for (Object g : (List<?>) api.get("dimensionGroups")) {
			Map<?, ?> group = (Map<?, ?>) g;
			String row = html.substring(html.indexOf("data-group=\"DIMENSION_GROUP:" + group.get("key") + "\""));
			assertThat(SummaryPagesTest.first(row, "data-score=\"\">([^<]*)<")).isEqualTo(SummaryPagesTest.figure(group.get("score")));
		}
		assertThat(html.contains("Preliminärt resultat")).isEqualTo(preliminary);
	}

	private void assertPageShowsTheSpreadToTheAdmin(TestUser admin, long round) {
		String html = this.users.signIn(admin).get("/omgangar/" + round + "/sammanfattning").body();
		assertThat(html).contains("Spridning mellan deltagarna", "Indikatorer som behöver diskuteras",
				"Störst skillnad mellan svarsgrupperna", "Ledning: 4,0", "Medarbetare: 1,0");
		String viewer = this.users.signIn(this.users.viewer(CODE)).get("/omgangar/" + round + "/sammanfattning").body();
		assertThat(viewer).contains("visas bara för organisationens administratörer").doesNotContain("Ledning: 4,0");
	}

	private Map<?, ?> summary(TestUser user, long round) {
		return this.http.get().uri("/api/v1/assessments/{id}/summary", round).headers(user.bearer()).exchange()
			.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
	}

	private static BigDecimal score(List<?> groups, String key) {
		return groups.stream().map(Map.class::cast).filter((g) -> key.equals(g.get("key"))).findFirst()
			.map((g) -> new BigDecimal(g.get("score").toString())).orElseThrow();
	}

}

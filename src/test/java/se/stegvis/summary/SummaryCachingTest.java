package se.stegvis.summary;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.assessment.TestRounds;
import se.stegvis.network.TestNetworks;
import se.stegvis.support.IntegrationTest;
import se.stegvis.support.PageSession;
import se.stegvis.support.StatementCounter;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary page and API of a completed round are cached per stored revision (docs/summary.md "Cached
 * summaries"): every test reads a summary twice (so that the second answer can come from the cache), then changes
 * something and expects the very next answer to show it. Uses Gotland (0980), Blekinge (10xx) and Värmland (17xx), which no other
 * test uses, so that the county and network figures are exact.
 */
@IntegrationTest
class SummaryCachingTest {

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@Autowired
	StatementCounter statements;

	@Test
	void reopeningACompletedRoundMakesItsSummaryPreliminaryAgainAndCompletingItShowsTheNewScores() {
		String code = "0980";
		TestUser admin = this.users.orgAdmin(code);
		long round = TestRounds.group(this.http, admin, code);
		TestRounds.answer(this.http, admin, round, TestRounds.GENERAL_INDICATOR, 4);
		TestRounds.complete(this.http, admin, round);
		String path = "/omgangar/" + round + "/sammanfattning";
		for (int i = 0; i < 2; i++) {
			assertThat(summary(admin, round).get("preliminary")).isEqualTo(false);
			assertThat(page(admin, path)).doesNotContain("Preliminärt resultat");
		}
		Object completedScore = overall(summary(admin, round));

		reopen(admin, round);

		assertThat(summary(admin, round).get("preliminary")).isEqualTo(true);
		assertThat(page(admin, path)).contains("Preliminärt resultat");

		TestRounds.answer(this.http, admin, round, TestRounds.GENERAL_INDICATOR, 0);
		TestRounds.complete(this.http, admin, round);

		Map<?, ?> again = summary(admin, round);
		assertThat(again.get("preliminary")).isEqualTo(false);
		assertThat(overall(again)).as("the scores stored at the second completion").isNotEqualTo(completedScore);
		String html = page(admin, path);
		assertThat(html).doesNotContain("Preliminärt resultat");
		assertThat(SummaryPagesTest.first(html, "data-score=\"overall\">([^<]*)<"))
			.isEqualTo(SummaryPagesTest.figure(overall(again)));
	}

	@Test
	void anotherOrganisationCompletingOrReopeningChangesTheCountyAtTheNextRequest() {
		TestUser karlskrona = this.users.orgAdmin("1080");
		TestUser ronneby = this.users.orgAdmin("1081");
		long round = completedRound(karlskrona, "1080", 4);
		String path = "/omgangar/" + round + "/sammanfattning?jamforelse=lanet";
		for (int i = 0; i < 2; i++) {
			assertThat(county(summary(karlskrona, round)).get("n")).isEqualTo(1);
			assertThat(page(karlskrona, path)).contains("Jämförelse med Blekinge län: 1 organisation har");
		}

		long other = completedRound(ronneby, "1081", 2);

		assertThat(county(summary(karlskrona, round)).get("n")).isEqualTo(2);
		assertThat(page(karlskrona, path)).contains("Jämförelse med Blekinge län: 2 organisationer");

		reopen(ronneby, other);

		assertThat(county(summary(karlskrona, round)).get("n")).isEqualTo(1);
		assertThat(page(karlskrona, path)).contains("Jämförelse med Blekinge län: 1 organisation har");
	}

	@Test
	void aWithdrawnConsentLeavesTheNextSummaryPageAndApiAnswer() {
		TestUser kil = this.users.orgAdmin("1715");
		TestUser eda = this.users.orgAdmin("1730");
		long kilRound = completedRound(kil, "1715", 4);
		long edaRound = completedRound(eda, "1730", 2);
		long network = TestNetworks.create(this.http, kil, "Västra Värmland jämför");
		TestNetworks.invite(this.http, kil, network, "1730");
		TestNetworks.consent(this.http, eda, network, true);
		String kilPath = "/omgangar/" + kilRound + "/sammanfattning?jamforelse=natverk-" + network;
		String edaPath = "/omgangar/" + edaRound + "/sammanfattning?jamforelse=natverk-" + network;
		for (int i = 0; i < 2; i++) {
			assertThat(network(summary(kil, kilRound), network).get("n")).isEqualTo(2);
			assertThat(network(summary(eda, edaRound), network).get("n")).isEqualTo(2);
			assertThat(page(kil, kilPath)).contains("Jämförelse med Västra Värmland jämför: 2 organisationer");
			assertThat(page(eda, edaPath)).contains("Jämförelse med Västra Värmland jämför: 2 organisationer")
				.doesNotContain("govuk-error-summary");
		}

		TestNetworks.consent(this.http, eda, network, false);

		assertThat(network(summary(eda, edaRound), network)).as("Eda no longer consents").isNull();
		assertThat(page(eda, edaPath)).contains("govuk-error-summary")
			.doesNotContain("Västra Värmland jämför");
		assertThat(network(summary(kil, kilRound), network).get("n")).isEqualTo(1);
		assertThat(page(kil, kilPath)).contains("Jämförelse med Västra Värmland jämför: 1 organisation har");
	}

	@Test
	void anotherOrganisationsCompletedSummaryStaysNotFoundOnceCached() {
		TestUser owner = this.users.orgAdmin("1760");
		long round = completedRound(owner, "1760", 3);
		assertThat(summary(owner, round).get("preliminary")).isEqualTo(false);
		page(owner, "/omgangar/" + round + "/sammanfattning");

		TestUser outsider = this.users.orgAdmin("1761");
		this.http.get().uri("/api/v1/assessments/{id}/summary", round).headers(outsider.bearer()).exchange()
			.expectStatus().isNotFound();
		assertThat(this.users.signIn(outsider).get("/omgangar/" + round + "/sammanfattning").status()).isEqualTo(404);
	}

	@Test
	void aKeptPageCarriesEachReadersOwnNameAndTokenAndNeverTheFirstReaders() {
		TestUser admin = this.users.orgAdmin("1762");
		TestUser viewer = this.users.viewer("1762");
		long round = completedRound(admin, "1762", 3);
		String path = "/omgangar/" + round + "/sammanfattning";
		String adminPage = page(admin, path);
		String viewerPage = page(viewer, path);

		assertThat(adminPage).contains(admin.displayName());
		assertThat(viewerPage).contains(viewer.displayName()).doesNotContain(admin.displayName());
		String adminToken = SummaryPagesTest.first(adminPage, "<meta name=\"_csrf\" content=\"([^\"]+)\"");
		String viewerToken = SummaryPagesTest.first(viewerPage, "<meta name=\"_csrf\" content=\"([^\"]+)\"");
		assertThat(viewerPage).doesNotContain(adminToken);
		assertThat(adminPage).doesNotContain(viewerToken);
		assertThat(main(viewerPage)).as("the same content for both, without a token").isEqualTo(main(adminPage))
			.doesNotContain("_csrf");
	}

	@Test
	void aKeptSummaryOfACompletedRoundReadsNeitherItsTargetsNorItsAnswersAgain() {
		TestUser admin = this.users.orgAdmin("1764");
		long round = completedRound(admin, "1764", 3);
		String path = "/omgangar/" + round + "/sammanfattning";
		summary(admin, round);
		page(admin, path);
		List<String> statements = this.statements.counting(() -> {
			assertThat(summary(admin, round).get("preliminary")).isEqualTo(false);
			page(admin, path);
		});
		assertThat(StatementCounter.count(statements, "FROM assessment_round WHERE id = ?")).as("the round row").isPositive();
		assertThat(StatementCounter.count(statements, "assessment_target_override")).isZero();
		assertThat(StatementCounter.count(statements, "FROM assessment_answer WHERE")).isZero();
	}

	@Test
	void aConsentGivenAfterASummaryWasKeptJoinsTheNextAnswer() {
		TestUser arvika = this.users.orgAdmin("1784");
		TestUser saffle = this.users.orgAdmin("1785");
		long round = completedRound(arvika, "1784", 4);
		completedRound(saffle, "1785", 2);
		long network = TestNetworks.create(this.http, arvika, "Arvika och Säffle");
		TestNetworks.invite(this.http, arvika, network, "1785");
		String path = "/omgangar/" + round + "/sammanfattning?jamforelse=natverk-" + network;
		for (int i = 0; i < 2; i++) {
			assertThat(network(summary(arvika, round), network).get("n")).isEqualTo(1);
			assertThat(page(arvika, path)).contains("Jämförelse med Arvika och Säffle: 1 organisation har");
		}

		TestNetworks.consent(this.http, saffle, network, true);

		assertThat(network(summary(arvika, round), network).get("n")).isEqualTo(2);
		assertThat(page(arvika, path)).contains("Jämförelse med Arvika och Säffle: 2 organisationer");
	}

	@Test
	void aKeptSummaryThroughTheApiReadsTheTokenWithItsOwnersMembershipsAndNotTheNetworksAgain() {
		TestUser admin = this.users.orgAdmin("1783");
		long round = completedRound(admin, "1783", 3);
		summary(admin, round);
		List<String> statements = this.statements.counting(() -> summary(admin, round));
		assertThat(StatementCounter.count(statements, "account_token")).as("the token").isEqualTo(1);
		assertThat(StatementCounter.count(statements, "account_user")).as("the owner and memberships, with the token")
			.isEqualTo(1);
		assertThat(StatementCounter.count(statements, "network_member")).as("kept with the revision").isZero();
		assertThat(statements).as("token and memberships, the round row, the revision").hasSize(3);
	}

	@Test
	void aKeptSummaryIsReadWithoutATransactionOnPageAndApi() {
		TestUser admin = this.users.orgAdmin("1783");
		long round = completedRound(admin, "1783", 2);
		String path = "/omgangar/" + round + "/sammanfattning";
		PageSession session = this.users.signIn(admin);
		summary(admin, round);
		assertThat(session.get(path).status()).isEqualTo(200);
		List<StatementCounter.Prepared> statements = this.statements.preparing(() -> {
			summary(admin, round);
			assertThat(session.get(path).status()).isEqualTo(200);
		});
		assertThat(statements).as("no COMMIT per request").isNotEmpty().noneMatch(StatementCounter.Prepared::inTransaction);
	}

	private static String main(String html) {
		return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
	}

	private long completedRound(TestUser admin, String code, int level) {
		long round = TestRounds.group(this.http, admin, code);
		TestRounds.answer(this.http, admin, round, TestRounds.GENERAL_INDICATOR, level);
		TestRounds.complete(this.http, admin, round);
		return round;
	}

	private void reopen(TestUser admin, long round) {
		this.http.post().uri("/api/v1/assessments/{id}/reopen", round).headers(admin.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", "Vi svarade fel")).exchange()
			.expectStatus().isOk();
	}

	private Map<?, ?> summary(TestUser user, long round) {
		return this.http.get().uri("/api/v1/assessments/{id}/summary", round).headers(user.bearer()).exchange()
			.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
	}

	private String page(TestUser user, String path) {
		PageSession.Response response = this.users.signIn(user).get(path);
		assertThat(response.status()).as(path).isEqualTo(200);
		return response.body();
	}

	private static Object overall(Map<?, ?> summary) {
		return ((Map<?, ?>) summary.get("overall")).get("score");
	}

	private static Map<?, ?> county(Map<?, ?> summary) {
		return SummaryApiTest.comparison(summary, "REGION");
	}

	private static @Nullable Map<?, ?> network(Map<?, ?> summary, long network) {
		return ((List<?>) summary.get("comparisons")).stream()
			.map((c) -> (Map<?, ?>) c)
			.filter((c) -> "NETWORK".equals(c.get("scope")) && ((Number) c.get("networkId")).longValue() == network)
			.findFirst()
			.orElse(null);
	}

}

package se.stegvis.summary;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
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

/** The summary page {@code /omgangar/{id}/sammanfattning} and the navigation's "Sammanfattning". */
@IntegrationTest
class SummaryPagesTest {

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@Test
	void pageShowsTheSameNumbersAsTheApi() {
		// An organisation no other test in the shared context uses: this round must be its first completed one.
		String code = "2422";
		TestUser admin = this.users.orgAdmin(code);
		long round = TestRounds.group(this.http, admin, code);
		TestRounds.answer(this.http, admin, round, TestRounds.GENERAL_INDICATOR, 3);
		TestRounds.answer(this.http, admin, round, TestRounds.OTHER_GENERAL_INDICATOR, 2);
		TestRounds.answer(this.http, admin, round, TestRounds.ELDERLY_INDICATOR, 1);
		TestRounds.complete(this.http, admin, round);

		Map<?, ?> api = this.http.get().uri("/api/v1/assessments/{id}/summary", round).headers(admin.bearer()).exchange()
			.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
		String html = page(this.users.viewer(code), "/omgangar/" + round + "/sammanfattning");

		assertThat(html).doesNotContain("Preliminärt resultat");
		assertThat(first(html, "data-score=\"overall\">([^<]*)<")).isEqualTo(figure(((Map<?, ?>) api.get("overall")).get("score")));
		assertThat(first(html, "data-coverage=\"overall\">([^<]*)<"))
			.isEqualTo(percent(((Map<?, ?>) api.get("overall")).get("coverage")));
		Map<?, ?> national = SummaryApiTest.comparison(api, "NATIONAL");
		for (Object d : (List<?>) api.get("dimensions")) {
			Map<?, ?> dimension = (Map<?, ?>) d;
			String row = row(html, "DIMENSION:" + dimension.get("key"));
			assertThat(first(row, "data-score=\"\">([^<]*)<")).as("score of " + dimension.get("key"))
				.isEqualTo(figure(dimension.get("score")));
			assertThat(first(row, "data-coverage=\"\">([^<]*)<")).isEqualTo(percent(dimension.get("coverage")));
			Map<?, ?> entry = ((List<?>) national.get("dimensions")).stream().map(Map.class::cast)
				.filter((e) -> e.get("key").equals(dimension.get("key"))).findFirst().orElseThrow();
			if (entry.get("mean") != null) {
				assertThat(first(row, "data-mean=\"\">Medel ([^<]*)<")).isEqualTo(figure(entry.get("mean")));
			}
			else {
				assertThat(row).doesNotContain("data-mean");
			}
		}
		for (Object a : (List<?>) api.get("areas")) {
			Map<?, ?> area = (Map<?, ?>) a;
			assertThat(first(row(html, "AREA:" + area.get("key")), "data-score=\"\">([^<]*)<"))
				.isEqualTo(figure(area.get("score")));
		}
		assertThat(html).contains("href=\"/sa-raknar-vi#scope\"", "href=\"/sa-raknar-vi#coverage\"", "<svg",
				"Resultat per dimension", "Indikatorer med högst poäng", "Indikatorer med lägst poäng", "Område och dimension",
				"Det finns ingen tidigare avslutad omgång");
	}

	@Test
	void openRoundIsMarkedPreliminaryAndComparisonIsChosenWithAGetForm() {
		String code = "2403";
		TestUser admin = this.users.orgAdmin(code);
		long round = TestRounds.group(this.http, admin, code);
		TestRounds.answer(this.http, admin, round, TestRounds.GENERAL_INDICATOR, 4);

		String html = page(admin, "/omgangar/" + round + "/sammanfattning?jamforelse=lanet");

		assertThat(html).contains("Preliminärt resultat", "<form method=\"get\"", "name=\"jamforelse\"",
				"<option value=\"lanet\" selected=\"selected\">Länet</option>", "Jämförelse med Västerbottens län");
		assertThat(html).as("a preliminary round is not counted, so the county has fewer than k")
			.containsAnyOf("Färre än 5 organisationer har poäng här", "Ingen organisation i gruppen har poäng här ännu");
	}

	@Test
	void anUnknownComparisonShowsAnErrorAndTheNationalComparison() {
		String code = "2403";
		TestUser admin = this.users.orgAdmin(code);
		long round = TestRounds.group(this.http, admin, code);

		String html = page(admin, "/omgangar/" + round + "/sammanfattning?jamforelse=planeten");

		assertThat(html).contains("govuk-error-summary", "Välj en av jämförelserna i listan", "href=\"#jamforelse\"",
				"<option value=\"riket\" selected=\"selected\">Riket</option>");
	}

	@Test
	void anotherOrganisationsSummaryPageIsNotFound() {
		TestUser admin = this.users.orgAdmin("2404");
		long round = TestRounds.group(this.http, admin, "2404");
		PageSession.Response response = this.users.signIn(this.users.orgAdmin("2409"))
			.get("/omgangar/" + round + "/sammanfattning");
		assertThat(response.status()).isEqualTo(404);
	}

	@Test
	void navigationOpensTheNewestRoundsSummaryOrTheRoundsPage() {
		TestUser admin = this.users.orgAdmin("2417");
		PageSession session = this.users.signIn(admin);
		PageSession.Response none = session.get("/sammanfattning");
		assertThat(none.status()).isEqualTo(302);
		assertThat(none.location()).endsWith("/omgangar");

		TestRounds.group(this.http, admin, "2417");
		long newest = TestRounds.group(this.http, admin, "2417");
		PageSession.Response some = session.get("/sammanfattning");
		assertThat(some.status()).isEqualTo(302);
		assertThat(some.location()).endsWith("/omgangar/" + newest + "/sammanfattning");
	}

	private String page(TestUser user, String path) {
		PageSession.Response response = this.users.signIn(user).get(path);
		assertThat(response.status()).as(path).isEqualTo(200);
		assertThat(response.headers().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		return response.body();
	}

	static String row(String html, String scope) {
		int start = html.indexOf("data-scope=\"" + scope + "\"");
		assertThat(start).as(scope).isNotNegative();
		return html.substring(start, html.indexOf("</tr>", start));
	}

	static String first(String html, String regex) {
		Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
		assertThat(m.find()).as(regex).isTrue();
		return m.group(1);
	}

	static String figure(@Nullable Object apiNumber) {
		if (apiNumber == null) {
			return "Inget värde";
		}
		return new java.math.BigDecimal(apiNumber.toString()).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString()
			.replace('.', ',');
	}

	static String percent(Object fraction) {
		return figure(new java.math.BigDecimal(fraction.toString()).multiply(java.math.BigDecimal.valueOf(100))) + " %";
	}

}

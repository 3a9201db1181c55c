package se.stegvis.web;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.support.IntegrationTest;
import se.stegvis.support.PageSession;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared pages, in Swedish by default, with secure headers and Swedish error pages. */
@IntegrationTest
class WebPagesTest {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	/**
	 * The flow's pages are for signed-in users; the others are public. Each step redirects a member to the
	 * selected organisation's page ("/sammanfattning" to the newest round's summary, see SummaryPagesTest).
	 */
	static final Set<String> FLOW = Set.of("/egenvardering", "/sammanfattning", "/handlingsplan", "/uppfoljning");

	@ParameterizedTest
	@ValueSource(strings = { "/", "/organisationer", "/tillganglighet", "/personuppgifter", "/egenvardering",
			"/handlingsplan", "/uppfoljning" })
	void pageIsSwedishWithSkipLinkAndFlowNavigation(String path) {
		String html = page(path);
		assertThat(html).contains("<html lang=\"sv\"", "Hoppa till huvudinnehållet", "href=\"#main-content\"",
				"Egenvärdering", "Sammanfattning", "Handlingsplan", "Uppföljning", "Tillgänglighet", "Personuppgifter");
	}

	@Test
	void flowPagesSendVisitorsToSignIn() {
		for (String path : FLOW) {
			PageSession.Response response = PageSession.anonymous(this.users.baseUrl()).get(path);
			assertThat(response.status()).as(path).isEqualTo(302);
			assertThat(response.location()).as(path).endsWith("/logga-in");
		}
	}

	@Test
	void everyFlowStepLeadsAMemberToALivePage() {
		for (String path : FLOW) {
			PageSession.Response first = this.users.signIn(this.users.participant("0180")).get(path);
			assertThat(first.status()).as(path).isEqualTo(302);
			assertThat(first.location()).as(path).doesNotContain("/logga-in");
			assertThat(page(path)).as(path).doesNotContain("Kommer snart");
		}
	}

	@Test
	void everyStylesheetAndScriptAPageLinksIsServed() {
		String html = page("/");
		java.util.regex.Matcher links = java.util.regex.Pattern.compile("(?:src|href)=\"(/(?:css|js|vendor|webjars)/[^\"]+)\"")
			.matcher(html);
		int found = 0;
		while (links.find()) {
			found++;
			this.http.get().uri(links.group(1)).exchange().expectStatus().isOk();
		}
		assertThat(found).as("stylesheets and scripts linked from the start page").isGreaterThanOrEqualTo(3);
		assertThat(html).contains("/webjars/htmx.org/");
	}

	@Test
	void accessibilityStatementFollowsDiggsLayout() {
		assertThat(page("/tillganglighet")).contains("Tillgänglighetsredogörelse för Stegvis",
				"delvis förenlig med lagen om tillgänglighet till digital offentlig service",
				"Innehåll som inte är tillgängligt", "Hur vi testat tjänsten", "Rapportera brister",
				"Myndigheten för digital förvaltning (DIGG)", "href=\"https://www.digg.se/", "22 november 2026");
	}

	@Test
	void privacyNoticeSaysWhatWhyAndHowLong() {
		assertThat(page("/personuppgifter")).contains("personuppgiftsansvarig", "Rättslig grund", "24 månader",
				"Integritetsskyddsmyndigheten");
	}

	@Test
	void englishIsSwitchableAndRemembered() {
		String english = this.http.get().uri("/?lang=en").exchange().expectStatus().isOk()
			.expectCookie().exists("stegvis-lang")
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(english).contains("<html lang=\"en\"", "Skip to main content", "Self-assessment");
	}

	@Test
	void unknownPageIsASwedishErrorPageWithoutStackTrace() {
		PageSession.Response response = this.users.signIn(this.users.viewer("0180")).get("/finns-inte");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).contains("Sidan finns inte", "Gå till startsidan").doesNotContain("Exception", "at se.stegvis");
	}

	@Test
	void unknownPageSendsAVisitorToSignInFirstRevealingNothing() {
		PageSession.Response response = PageSession.anonymous(this.users.baseUrl()).get("/finns-inte");
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.location()).endsWith("/logga-in");
	}

	@Test
	void everyResponseCarriesTheSecureHeaders() {
		this.http.get().uri("/").exchange()
			.expectHeader().value("Content-Security-Policy", (csp) -> assertThat(csp)
				.contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
				.doesNotContain("unsafe-inline", "unsafe-eval"))
			.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader().valueEquals("X-Frame-Options", "DENY")
			.expectHeader().valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
			.expectHeader().exists("Permissions-Policy");
	}

	@Test
	void pagesHaveNoInlineScriptOrStyle() {
		for (String path : new String[] { "/", "/organisationer", "/tillganglighet" }) {
			String html = page(path);
			assertThat(html).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>").doesNotContain("style=\"", "<style");
		}
	}

	@Test
	void sessionsAreStoredInTheDatabase() {
		this.http.get().uri("/").exchange().expectStatus().isOk().expectCookie().exists("SESSION");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM spring_session").query(Long.class).single()).isPositive();
	}

	@Test
	void organisationPageSearchesAndFilters() {
		assertThat(page("/organisationer?q=sund")).contains("Östersund", "Sundsvall", "Sundbyberg").doesNotContain(">Ale<");
		assertThat(page("/organisationer?group=A1")).contains("3 organisationer", "Göteborg", "Malmö", "Stockholm");
		assertThat(page("/organisationer?region=09")).contains("Gotland");
	}

	@Test
	void organisationPageExplainsAnUnknownFilterInSwedish() {
		String html = this.http.get().uri("/organisationer?group=Z9").exchange().expectStatus().isBadRequest()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(html).contains("Det finns ett problem", "Filtret innehåller ett val som inte finns");
	}

	private String page(String path) {
		if (FLOW.contains(path)) {
			// Each step of the flow sends a member on to the selected organisation's page of that step.
			PageSession session = this.users.signIn(this.users.participant("0180"));
			PageSession.Response response = session.get(path);
			for (int hops = 0; response.status() == 302 && hops < 3; hops++) {
				response = session.get(java.net.URI.create(response.location()).getPath());
			}
			assertThat(response.status()).as(path).isEqualTo(200);
			assertThat(response.headers().getContentType()).isNotNull();
			assertThat(response.headers().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
			return response.body();
		}
		return this.http.get().uri(path).accept(MediaType.TEXT_HTML).exchange()
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class).returnResult().getResponseBody();
	}

}

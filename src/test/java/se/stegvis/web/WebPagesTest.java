package se.stegvis.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared pages, in Swedish by default, with secure headers and Swedish error pages. */
@IntegrationTest
class WebPagesTest {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/organisationer", "/tillganglighet", "/personuppgifter", "/egenvardering",
			"/sammanfattning", "/handlingsplan", "/uppfoljning" })
	void pageIsSwedishWithSkipLinkAndFlowNavigation(String path) {
		String html = page(path);
		assertThat(html).contains("<html lang=\"sv\"", "Hoppa till huvudinnehållet", "href=\"#main-content\"",
				"Egenvärdering", "Sammanfattning", "Handlingsplan", "Uppföljning", "Tillgänglighet", "Personuppgifter");
	}

	@Test
	void flowStepsThatAreNotBuiltSayComingSoon() {
		assertThat(page("/handlingsplan")).contains("Kommer snart");
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
		String html = this.http.get().uri("/finns-inte").accept(MediaType.TEXT_HTML).exchange()
			.expectStatus().isNotFound()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(html).contains("Sidan finns inte", "Gå till startsidan").doesNotContain("Exception", "at se.stegvis");
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
		return this.http.get().uri(path).accept(MediaType.TEXT_HTML).exchange()
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class).returnResult().getResponseBody();
	}

}

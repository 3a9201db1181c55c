package se.stegvis.summary;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.support.Browser;
import se.stegvis.support.BrowserTest;
import se.stegvis.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** "Så räknar vi" explains scores, coverage, Vet ej, Ej relevant, k, percentiles and the window. */
class HowWeCountPageTest {

	@IntegrationTest
	@org.junit.jupiter.api.Nested
	class Content {

		@Autowired
		RestTestClient http;

		@Test
		void explainsEveryRuleWithTheConfiguredFigures() {
			String html = this.http.get().uri("/sa-raknar-vi").accept(MediaType.TEXT_HTML).exchange()
				.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
			assertThat(html).contains("Så räknar vi", "Täckning", "Vet ej", "Ej relevant", "minst 5 organisationer",
					"aldrig färre än 3", "minst 10 organisationer", "senaste 36 månaderna", "PERCENTILE.INC",
					"56,25", "56,3", "5 / (8 − 1) = 71 procent", "preliminär");
		}

	}

	@BrowserTest
	@org.junit.jupiter.api.Nested
	class Accessibility {

		@Test
		void pageIsAccessibleAtBothWidths(Browser browser) {
			browser.checkPage("/sa-raknar-vi", "sa-raknar-vi");
		}

	}

}

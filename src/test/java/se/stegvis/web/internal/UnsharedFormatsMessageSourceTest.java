package se.stegvis.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import se.stegvis.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's messages are formatted without a lock shared by every request, and as before: the bundles and
 * settings of {@code spring.messages}, MessageFormat's quoting, no fallback to the machine's language.
 */
@IntegrationTest
class UnsharedFormatsMessageSourceTest {

	@Autowired
	MessageSource messages;

	@Test
	void eachFormatIsACopySoThatNoTwoRequestsWaitForEachOther() {
		assertThat(this.messages).isInstanceOf(UnsharedFormatsMessageSource.class);
		UnsharedFormatsMessageSource source = (UnsharedFormatsMessageSource) this.messages;
		Locale swedish = Locale.forLanguageTag("sv");
		assertThat(source.resolveCode("summary.title", swedish)).isNotNull()
			.isNotSameAs(source.resolveCode("summary.title", swedish));
	}

	@Test
	void oneOrganisationReadsInTheSingularInBothLanguages() {
		Locale swedish = Locale.forLanguageTag("sv");
		assertThat(this.messages.getMessage("summary.comparison.about", new Object[] { "Riket", 1 }, swedish))
			.isEqualTo("Jämförelse med Riket: 1 organisation har ett avslutat och publicerat resultat.");
		assertThat(this.messages.getMessage("summary.comparison.about", new Object[] { "Riket", 12 }, swedish))
			.isEqualTo("Jämförelse med Riket: 12 organisationer har ett avslutat och publicerat resultat.");
		assertThat(this.messages.getMessage("summary.comparison.about", new Object[] { "Sweden", 1 }, Locale.ENGLISH))
			.isEqualTo("Comparison with Sweden: 1 organisation has a completed and published result.");
		assertThat(this.messages.getMessage("export.pdf.comparison", new Object[] { "Riket", 1, "i dag" }, swedish))
			.isEqualTo("Jämförelse: Riket (1 organisation), beräknad i dag.");
		assertThat(this.messages.getMessage("network.figures.meanDetail", new Object[] { 2 }, swedish))
			.isEqualTo("2 organisationer");
	}

	@Test
	void messagesWithArgumentsReadAsBeforeInBothLanguagesAndUnderConcurrentUse() throws Exception {
		assertThat(this.messages.getMessage("summary.title", new Object[] { "Våren 2026" }, Locale.forLanguageTag("sv")))
			.isEqualTo("Sammanfattning: Våren 2026");
		assertThat(this.messages.getMessage("summary.title", new Object[] { "Spring 2026" }, Locale.ENGLISH))
			.isEqualTo("Summary: Spring 2026");
		assertThat(this.messages.getMessage("organisations.problem.unknown.region", new Object[] { "99" },
				Locale.forLanguageTag("sv")))
			.as("MessageFormat's quoting").startsWith("Okänd länskod '99'.");
		assertThat(this.messages.getMessage("summary.title", new Object[] { "x" }, Locale.GERMAN))
			.as("no fallback to the machine's language").isEqualTo("Sammanfattning: x");

		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> checks = new ArrayList<>();
			for (int i = 0; i < 64; i++) {
				String title = "Omgång " + i;
				checks.add(threads.submit(() -> {
					for (int j = 0; j < 200; j++) {
						if (!this.messages.getMessage("summary.title", new Object[] { title }, Locale.forLanguageTag("sv"))
							.equals("Sammanfattning: " + title)) {
							return false;
						}
					}
					return true;
				}));
			}
			for (Future<Boolean> check : checks) {
				assertThat(check.get()).isTrue();
			}
		}
		finally {
			threads.shutdown();
		}
	}

}

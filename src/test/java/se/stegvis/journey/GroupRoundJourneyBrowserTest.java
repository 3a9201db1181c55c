package se.stegvis.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.assessment.TestRounds;
import se.stegvis.support.Browser;
import se.stegvis.support.BrowserTest;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static se.stegvis.journey.Journey.follow;
import static se.stegvis.journey.Journey.submit;
import static se.stegvis.journey.Journey.waiting;

/**
 * An org admin takes a GROUP round from the start to a decided plan in the browser: starts it, answers
 * with autosave (and one indicator with JavaScript turned off), completes it, compares the result with the
 * country and the county, adopts three suggestions and edits one of them. The steps are a list, so that
 * later steps are appended in {@link #steps}; the last one downloads the PDF report for the nämnd.
 */
@BrowserTest
class GroupRoundJourneyBrowserTest {

	/** Värmdö; its county (Stockholm) gets five more results below so that comparisons show figures. */
	private static final String CODE = "0120";

	private static final List<String> NEIGHBOURS = List.of("0123", "0125", "0126", "0127", "0128");

	@Autowired
	TestUsers users;

	/** What the steps share: the people, the windows and what earlier steps made. */
	static final class Trip {

		final Browser browser;

		final ChromeDriver driver;

		final TestUser admin;

		final Journey journey = new Journey("grupp");

		long round;

		final List<String> answered = new ArrayList<>();

		long editedItem;

		Trip(Browser browser, TestUser admin) {
			this.browser = browser;
			this.driver = browser.desktop();
			this.admin = admin;
		}

	}

	/** A named step of the journey. */
	record Step(String name, StepAction action) {
	}

	@FunctionalInterface
	interface StepAction {

		void run(Trip trip);

	}

	@Test
	void anOrgAdminStartsAnswersCompletesComparesAndDecidesThePlan(Browser browser) {
		browser.signOut();
		Trip trip = new Trip(browser, this.users.orgAdmin(CODE));
		for (Step step : steps()) {
			try {
				step.action().run(trip);
			}
			catch (AssertionError | RuntimeException ex) {
				throw new AssertionError("The step \"" + step.name() + "\" failed: " + ex.getMessage(), ex);
			}
		}
	}

	/** The journey in order. */
	List<Step> steps() {
		return List.of(new Step("signs in", this::signsIn), new Step("starts a group round", this::startsAGroupRound),
				new Step("answers with autosave", this::answersWithAutosave),
				new Step("answers without JavaScript", this::answersOneIndicatorWithoutJavaScript),
				new Step("completes the round", this::completesTheRound),
				new Step("compares with the country and the county", this::comparesWithTheCountryAndTheCounty),
				new Step("adopts three suggestions", this::adoptsThreeSuggestions),
				new Step("edits one action", this::editsOneAction),
				new Step("downloads the PDF report", this::downloadsThePdfReport));
	}

	void signsIn(Trip trip) {
		trip.driver.get(trip.browser.url("/logga-in"));
		trip.journey.screenshot(trip.driver, "logga-in");
		trip.browser.signIn(trip.driver, trip.admin.username(), trip.admin.password());
		trip.driver.get(trip.browser.url("/omgangar"));
		trip.journey.screenshot(trip.driver, "omgangar");
	}

	void startsAGroupRound(Trip trip) {
		ChromeDriver driver = trip.driver;
		driver.get(trip.browser.url("/omgangar/ny"));
		driver.findElement(By.id("title")).sendKeys("Egenvärdering Värmdö 2026");
		driver.findElement(By.id("period")).sendKeys("Våren 2026");
		driver.findElement(By.cssSelector("label[for=mode]")).click();
		trip.journey.screenshot(driver, "ny-omgang");
		submit(driver, "#start-form button[type=submit]");
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
			.contains("Omgången Egenvärdering Värmdö 2026 har startats.");
		trip.round = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/", "").replaceAll("\\?.*", ""));
		trip.journey.screenshot(driver, "omgang-startad");
	}

	void answersWithAutosave(Trip trip) {
		ChromeDriver driver = trip.driver;
		follow(driver, "/omgangar/" + trip.round + "/omraden/GENERAL");
		List<String> keys = driver.findElements(By.cssSelector("[data-indicator]")).stream()
			.map((e) -> e.getAttribute("data-indicator")).limit(4).toList();
		int[] levels = { 1, 2, 1 };
		for (int i = 0; i < levels.length; i++) {
			String key = keys.get(i);
			driver.findElement(By.cssSelector("label[for=svar-" + key + "-" + levels[i] + "]")).click();
			waiting(driver).until(ExpectedConditions.textToBe(By.id("status-" + key), "Sparat"));
			WebElement status = driver.findElement(By.id("status-" + key));
			assertThat(status.getAttribute("role")).as("the save is announced").isEqualTo("status");
			assertThat(stored(trip, key)).containsEntry("level", levels[i]);
			trip.answered.add(key);
		}
		driver.findElement(By.id("kommentar-" + keys.get(0))).sendKeys("Ingen beslutad strategi ännu");
		driver.findElement(By.id("lank-" + keys.get(0))).click();
		waiting(driver).until((d) -> "Ingen beslutad strategi ännu".equals(stored(trip, keys.get(0)).get("comment")));
		trip.answered.add(keys.get(3));
		trip.journey.screenshot(driver, "svar-sparat");
	}

	void answersOneIndicatorWithoutJavaScript(Trip trip) {
		String key = trip.answered.get(3);
		ChromeDriver plain = trip.browser.withoutJavaScript();
		try {
			trip.browser.signIn(plain, trip.admin.username(), trip.admin.password());
			plain.get(trip.browser.url("/omgangar/" + trip.round + "/omraden/GENERAL"));
			plain.findElement(By.cssSelector("label[for=svar-" + key + "-2]")).click();
			assertThat(plain.findElement(By.id("status-" + key)).getText()).as("no autosave without JavaScript").isEmpty();
			assertThat(stored(trip, key).get("answer")).as("nothing saved before the form is sent").isNull();
			submit(plain, "main form button.govuk-button[type=submit]");
			assertThat(plain.findElements(By.cssSelector(".govuk-error-summary"))).isEmpty();
			assertThat(plain.findElement(By.id("svar-" + key + "-2")).isSelected()).isTrue();
			assertThat(stored(trip, key)).containsEntry("answer", "LEVEL").containsEntry("level", 2);
			trip.journey.screenshot(plain, "svar-utan-javascript");
		}
		finally {
			plain.quit();
		}
	}

	void completesTheRound(Trip trip) {
		ChromeDriver driver = trip.driver;
		driver.get(trip.browser.url("/omgangar/" + trip.round));
		follow(driver, "/omgangar/" + trip.round + "/avsluta");
		trip.journey.screenshot(driver, "avsluta");
		submit(driver, "main form button[type=submit]");
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText()).isNotBlank();
		trip.journey.screenshot(driver, "avslutad");
	}

	void comparesWithTheCountryAndTheCounty(Trip trip) {
		neighboursPublishTheirResults(trip.answered);
		ChromeDriver driver = trip.driver;
		driver.get(trip.browser.url("/omgangar/" + trip.round));
		follow(driver, "/omgangar/" + trip.round + "/sammanfattning");
		new Select(driver.findElement(By.id("jamforelse"))).selectByValue("riket");
		submit(driver, "#jamforelse ~ button, main form[method=get] button[type=submit]");
		assertThat(driver.findElement(By.tagName("main")).getText()).containsPattern("Jämförelse med Riket: \\d+ organisation(er)? har");
		trip.journey.screenshot(driver, "sammanfattning-riket");
		new Select(driver.findElement(By.id("jamforelse"))).selectByValue("lanet");
		submit(driver, "main form[method=get] button[type=submit]");
		assertThat(driver.getCurrentUrl()).contains("jamforelse=lanet");
		assertThat(driver.findElement(By.tagName("main")).getText()).containsPattern("Jämförelse med Stockholms län: \\d+ organisation(er)? har");
		assertThat(driver.findElements(By.cssSelector("main svg[role=img]"))).as("the charts").isNotEmpty();
		trip.journey.screenshot(driver, "sammanfattning-lanet");
	}

	void adoptsThreeSuggestions(Trip trip) {
		ChromeDriver driver = trip.driver;
		driver.get(trip.browser.url("/omgangar/" + trip.round));
		follow(driver, "/omgangar/" + trip.round + "/forslag");
		trip.journey.screenshot(driver, "forslag");
		for (int i = 0; i < 3; i++) {
			WebElement adopt = driver.findElements(By.cssSelector("main li.stegvis-card")).stream()
				.filter((card) -> card.findElements(By.cssSelector(".govuk-tag--green")).isEmpty())
				.map((card) -> card.findElement(By.cssSelector("a[href*='/handlingsplan/ny?aktivitet=']")))
				.findFirst().orElseThrow(() -> new AssertionError("no suggestion left to adopt"));
			String title = adopt.getText();
			adopt.click();
			waiting(driver).until(ExpectedConditions.stalenessOf(adopt));
			if (i == 0) {
				trip.journey.screenshot(driver, "ny-atgard");
			}
			driver.findElement(By.id("owner")).clear();
			driver.findElement(By.id("owner")).sendKeys("Digitaliseringsstrateg");
			submit(driver, "main form button[type=submit]");
			assertThat(driver.findElements(By.cssSelector(".govuk-error-summary"))).as("adopting %s", title).isEmpty();
			assertThat(driver.getPageSource()).contains("Åtgärden är sparad.");
			if (i == 0) {
				trip.editedItem = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/punkter/", "").replaceAll("[?#/].*", ""));
			}
			driver.get(trip.browser.url("/omgangar/" + trip.round + "/forslag"));
		}
		assertThat(driver.findElements(By.cssSelector("main .govuk-tag--green"))).as("adopted suggestions").hasSize(3);
		trip.journey.screenshot(driver, "forslag-valda");
	}

	void editsOneAction(Trip trip) {
		ChromeDriver driver = trip.driver;
		driver.get(trip.browser.url("/handlingsplan/" + CODE));
		assertThat(driver.findElements(By.cssSelector("main a[href*='/handlingsplan/punkter/']"))).hasSize(3);
		trip.journey.screenshot(driver, "handlingsplan");
		follow(driver, "/handlingsplan/punkter/" + trip.editedItem);
		follow(driver, "/handlingsplan/punkter/" + trip.editedItem + "/andra");
		driver.findElement(By.id("dueDate")).clear();
		driver.findElement(By.id("dueDate")).sendKeys("2027-03-31");
		new Select(driver.findElement(By.id("status"))).selectByValue("IN_PROGRESS");
		submit(driver, "main form button[type=submit]");
		assertThat(driver.getPageSource()).contains("Åtgärden är sparad.");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("2027");
		trip.journey.screenshot(driver, "atgard-andrad");
	}

	/**
	 * Follows the summary's "Ladda ner" link to the report. Headless chromium does not save downloads, so
	 * the link's address is fetched with the window's own session cookies: the same request the browser
	 * would make, and the same authorisation.
	 */
	void downloadsThePdfReport(Trip trip) {
		ChromeDriver driver = trip.driver;
		driver.get(trip.browser.url("/omgangar/" + trip.round + "/sammanfattning?jamforelse=lanet"));
		WebElement link = driver.findElement(By.cssSelector("main a[href*='/ladda-ner/rapport.pdf']"));
		assertThat(link.getText()).isNotBlank();
		assertThat(link.getAttribute("download")).as("a download link").isNotNull();
		trip.journey.screenshot(driver, "ladda-ner", driver.findElement(By.id("downloads")));
		String href = link.getDomProperty("href");
		assertThat(href).contains("jamforelse=lanet");
		String cookies = driver.manage().getCookies().stream().map((c) -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		HttpResponse<byte[]> response;
		try {
			response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/pdf"));
		byte[] body = response.body();
		assertThat(new String(body, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument pdf = Loader.loadPDF(body)) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Värmdö", "Egenvärdering Värmdö 2026");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Five other municipalities of the county complete and publish a round with the same answers' indicators. */
	private void neighboursPublishTheirResults(List<String> indicators) {
		RestTestClient http = RestTestClient.bindToServer().baseUrl(this.users.baseUrl()).build();
		int level = 0;
		for (String code : NEIGHBOURS) {
			TestUser admin = this.users.orgAdmin(code);
			long round = TestRounds.group(http, admin, code);
			for (String key : indicators) {
				TestRounds.answer(http, admin, round, key, level++ % 5);
			}
			TestRounds.complete(http, admin, round);
		}
	}

	private Map<String, Object> stored(Trip trip, String key) {
		RestTestClient http = RestTestClient.bindToServer().baseUrl(this.users.baseUrl()).build();
		List<Map<String, Object>> answers = http.get().uri("/api/v1/assessments/{id}/answers", trip.round)
			.headers(trip.admin.bearer()).exchange()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() { }).returnResult().getResponseBody();
		return answers.stream().filter((a) -> key.equals(a.get("indicatorKey"))).findFirst().orElse(Map.of());
	}

}

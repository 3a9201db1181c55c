package se.stegvis.assessment;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.support.Browser;
import se.stegvis.support.BrowserTest;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rounds pages pass axe at both widths — the list, the start form (empty and refused), the overview and the
 * answer pages — and autosave shows "Sparat" only once the answer is stored.
 */
@BrowserTest
class RoundPagesBrowserTest {

	private static final String CODE = "2463";

	private static final String KEY = TestRounds.GENERAL_INDICATOR;

	@Autowired
	TestUsers users;

	@Test
	void theRoundPagesAreAccessibleAndAutosaveStoresTheAnswer(Browser browser) {
		TestUser admin = this.users.orgAdmin(CODE);
		browser.signIn(admin);
		browser.checkPage("/omgangar", "omgangar-tom");
		browser.checkPage("/omgangar/ny", "omgang-ny");
		ChromeDriver driver = browser.desktop();
		driver.get(browser.url("/omgangar/ny"));
		submit(driver, "#start-form button[type=submit]");
		assertThat(driver.getPageSource()).contains("Ange en rubrik för omgången.");
		browser.checkCurrentPage(driver, "omgang-ny-fel");
		driver.findElement(By.id("title")).sendKeys("Egenvärdering 2026");
		WebElement areas = driver.findElement(By.id("areas"));
		new Select(driver.findElement(By.id("model"))).selectByValue("stegvis-organisation:1.0.0");
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(areas));
		assertThat(driver.findElement(By.cssSelector("label[for=areas]")).getText()).isEqualTo("Hela organisationen");
		assertThat(driver.findElement(By.id("title")).getAttribute("value")).as("what was typed stays").isEqualTo("Egenvärdering 2026");
		new Select(driver.findElement(By.id("model"))).selectByValue("stegvis-socialtjanst:1.0.0");
		// htmx swaps the form while the wait reads it: a label found just before the swap goes stale.
		new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
			.until((d) -> d.findElement(By.cssSelector("label[for=areas]")).getText().equals("Övergripande"));
		driver.findElement(By.cssSelector("label[for=mode]")).click();
		submit(driver, "#start-form button[type=submit]");
		assertThat(driver.getPageSource()).contains("Omgången Egenvärdering 2026 har startats.");
		browser.checkCurrentPage(driver, "omgang");
		long round = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/", ""));
		browser.checkPage("/omgangar", "omgangar");
		browser.checkPage("/omgangar/" + round, "omgang-oversikt");
		browser.checkPage("/omgangar/" + round + "/omraden/GENERAL", "svar-omrade");
		browser.checkPage("/omgangar/" + round + "/omraden/ELDERLY_CARE", "svar-omrade-aldreomsorg");
		// axe needs more than the drivers' usual 30 s for the whole catalogue (96 indicators) on a busy 2-core machine.
		List<ChromeDriver> drivers = List.of(browser.desktop(), browser.mobile());
		drivers.forEach((d) -> d.manage().timeouts().scriptTimeout(Duration.ofMinutes(5)));
		try {
			browser.checkPage("/omgangar/" + round + "/omraden/alla", "svar-alla");
		}
		finally {
			drivers.forEach((d) -> d.manage().timeouts().scriptTimeout(Duration.ofSeconds(30)));
		}

		driver.get(browser.url("/omgangar/" + round + "/omraden/GENERAL"));
		driver.findElement(By.cssSelector("label[for=svar-" + KEY + "-2]")).click();
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
		wait.until(ExpectedConditions.textToBe(By.id("status-" + KEY), "Sparat"));
		assertThat(driver.findElement(By.id("status-" + KEY)).getAttribute("role")).isEqualTo("status");
		wait.until(ExpectedConditions.textToBe(By.id("score-GENERAL"), "50,0"));
		assertThat(driver.findElement(By.id("progress-GENERAL")).getText()).as("the task list follows the save")
			.matches("1 av \\d+ besvarade");
		driver.findElement(By.cssSelector("label[for=svar-" + KEY + "-4]")).click();
		driver.findElement(By.id("kommentar-" + KEY)).sendKeys("Beslutad i nämnden");
		driver.findElement(By.id("lank-" + KEY)).click();
		wait.until((d) -> "4".equals(stored(admin, round).get("level") == null ? null : stored(admin, round).get("level").toString())
				&& "Beslutad i nämnden".equals(stored(admin, round).get("comment")));
		wait.until(ExpectedConditions.textToBe(By.id("status-" + KEY), "Sparat"));
		assertThat(stored(admin, round)).containsEntry("answer", "LEVEL");

		driver.get(browser.url("/omgangar/" + round + "/omraden/GENERAL"));
		driver.findElement(By.id("lank-" + TestRounds.OTHER_GENERAL_INDICATOR)).sendKeys("ftp://example.se");
		driver.findElement(By.cssSelector("label[for=svar-" + TestRounds.OTHER_GENERAL_INDICATOR + "-1]")).click();
		submit(driver, "main form button.govuk-button[type=submit]");
		assertThat(driver.getPageSource()).contains("Länken måste vara en fullständig webbadress");
		browser.checkCurrentPage(driver, "svar-fel");
	}

	private Map<String, Object> stored(TestUser user, long round) {
		RestTestClient http = RestTestClient.bindToServer().baseUrl(this.users.baseUrl()).build();
		List<Map<String, Object>> answers = http.get().uri("/api/v1/assessments/{id}/answers", round).headers(user.bearer())
			.exchange().expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() { }).returnResult()
			.getResponseBody();
		return answers.stream().filter((a) -> KEY.equals(a.get("indicatorKey"))).findFirst().orElseThrow();
	}

	private static void submit(ChromeDriver driver, String selector) {
		WebElement element = driver.findElement(By.cssSelector(selector));
		element.click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(element));
	}

}

package se.stegvis.journey;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.assessment.TestRounds;
import se.stegvis.support.Browser;
import se.stegvis.support.BrowserTest;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static se.stegvis.journey.Journey.waiting;

/**
 * Answering a whole dimension with the keyboard alone: Tab to each indicator's radio group, Space to choose
 * and the arrow keys to move to the level, never the mouse. Each answer is saved (announced and stored).
 */
@BrowserTest
class KeyboardJourneyBrowserTest {

	/** Haninge: used by no other test. */
	private static final String CODE = "0136";

	@Autowired
	TestUsers users;

	@Test
	void aWholeDimensionIsAnsweredWithTabArrowsAndSpace(Browser browser) {
		RestTestClient http = RestTestClient.bindToServer().baseUrl(this.users.baseUrl()).build();
		TestUser admin = this.users.orgAdmin(CODE);
		long round = TestRounds.group(http, admin, CODE);
		Journey journey = new Journey("tangentbord");
		ChromeDriver driver = browser.desktop();
		browser.signIn(driver, admin.username(), admin.password());
		driver.get(browser.url("/omgangar/" + round + "/omraden/GENERAL"));

		WebElement dimension = driver.findElement(By.cssSelector(".stegvis-answer-dimension"));
		List<String> keys = dimension.findElements(By.cssSelector("[data-indicator]")).stream()
			.map((e) -> e.getAttribute("data-indicator")).toList();
		assertThat(keys).as("the first dimension's indicators").hasSizeGreaterThan(1);
		Actions keyboard = new Actions(driver);
		for (int i = 0; i < keys.size(); i++) {
			String key = keys.get(i);
			int level = 1 + i % 4;
			for (int tabs = 0; tabs < 60 && !("svar-" + key).equals(active(driver).getAttribute("name")); tabs++) {
				keyboard.sendKeys(Keys.TAB).perform();
			}
			assertThat(active(driver).getAttribute("name")).as("Tab reaches the answers of %s", key).isEqualTo("svar-" + key);
			keyboard.sendKeys(Keys.SPACE).perform();
			for (int step = 0; step < level; step++) {
				keyboard.sendKeys(Keys.ARROW_DOWN).perform();
			}
			assertThat(active(driver).getAttribute("id")).isEqualTo("svar-" + key + "-" + level);
			assertThat(active(driver).isSelected()).isTrue();
			waiting(driver).until((d) -> Integer.valueOf(level).equals(stored(http, admin, round, key).get("level")));
			waiting(driver).until(ExpectedConditions.textToBe(By.id("status-" + key), "Sparat"));
			if (i == 0) {
				journey.screenshot(driver, "fokus-pa-svar");
			}
		}
		journey.screenshot(driver, "dimension-besvarad");
		driver.navigate().refresh();
		for (int i = 0; i < keys.size(); i++) {
			assertThat(driver.findElement(By.id("svar-" + keys.get(i) + "-" + (1 + i % 4))).isSelected())
				.as("%s after reloading", keys.get(i)).isTrue();
		}
	}

	private static WebElement active(ChromeDriver driver) {
		return driver.switchTo().activeElement();
	}

	private static Map<String, Object> stored(RestTestClient http, TestUser user, long round, String key) {
		List<Map<String, Object>> answers = http.get().uri("/api/v1/assessments/{id}/answers", round).headers(user.bearer())
			.exchange().expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() { }).returnResult()
			.getResponseBody();
		return answers.stream().filter((a) -> key.equals(a.get("indicatorKey"))).findFirst().orElse(Map.of());
	}

}

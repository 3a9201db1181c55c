package se.stegvis.actionplan;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.assessment.TestRounds;
import se.stegvis.support.Browser;
import se.stegvis.support.BrowserTest;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static se.stegvis.assessment.TestRounds.ELDERLY_INDICATOR;
import static se.stegvis.assessment.TestRounds.GENERAL_INDICATOR;
import static se.stegvis.assessment.TestRounds.OTHER_GENERAL_INDICATOR;

/**
 * Every action plan page passes axe at both widths (suggestions, the item form with errors, item, list,
 * board, follow-up), and the board works with the keyboard alone.
 */
@BrowserTest
class ActionPlanPagesBrowserTest {

	private static final String CODE = "2262";

	@Autowired
	TestUsers users;

	@Test
	void theActionPlanPagesAreAccessibleAndTheBoardWorksWithTheKeyboardAlone(Browser browser) {
		RestTestClient http = RestTestClient.bindToServer().baseUrl(this.users.baseUrl()).build();
		TestUser admin = this.users.orgAdmin(CODE);
		long first = TestRounds.group(http, admin, CODE);
		TestRounds.answer(http, admin, first, GENERAL_INDICATOR, 1);
		TestRounds.answer(http, admin, first, OTHER_GENERAL_INDICATOR, 2);
		Map<String, Object> late = TestPlans.body("Ta fram en digitaliseringsstrategi", GENERAL_INDICATOR);
		late.put("startDate", "2020-01-01");
		late.put("dueDate", "2020-06-30");
		late.put("status", "IN_PROGRESS");
		long lateItem = TestPlans.item(http, admin, first, late);
		Map<String, Object> done = TestPlans.body("Utse en ansvarig för digitaliseringen", OTHER_GENERAL_INDICATOR);
		done.put("status", "DONE");
		TestPlans.item(http, admin, first, done);
		TestRounds.complete(http, admin, first);
		long second = TestRounds.group(http, admin, CODE);
		TestRounds.answer(http, admin, second, GENERAL_INDICATOR, 2);
		TestRounds.answer(http, admin, second, OTHER_GENERAL_INDICATOR, 4);
		TestRounds.complete(http, admin, second);
		long third = TestRounds.group(http, admin, CODE);
		TestRounds.answer(http, admin, third, GENERAL_INDICATOR, 2);
		http.put().uri("/api/v1/assessments/{id}/answers/{k}", third, ELDERLY_INDICATOR).headers(admin.bearer())
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON).body(Map.of("answer", "DONT_KNOW"))
			.exchange().expectStatus().isOk();
		long paused = TestPlans.item(http, admin, third, TestPlans.body("Kartlägg välfärdstekniken", ELDERLY_INDICATOR));

		browser.signIn(admin);
		browser.checkPage("/omgangar/" + third + "/forslag", "handlingsplan-forslag");
		browser.checkPage("/omgangar/" + third + "/forslag?insats=M&omrade=GENERAL", "handlingsplan-forslag-filter");
		browser.checkPage("/handlingsplan/" + CODE, "handlingsplan-lista");
		browser.checkPage("/handlingsplan/" + CODE + "/tavla", "handlingsplan-tavla");
		browser.checkPage("/handlingsplan/punkter/" + lateItem, "handlingsplan-atgard");
		browser.checkPage("/handlingsplan/punkter/" + lateItem + "/andra", "handlingsplan-andra");
		browser.checkPage("/uppfoljning/" + CODE, "handlingsplan-uppfoljning");

		ChromeDriver driver = browser.desktop();
		driver.get(browser.url("/omgangar/" + third + "/handlingsplan/ny"));
		browser.checkCurrentPage(driver, "handlingsplan-ny");
		driver.findElement(By.id("startDate")).sendKeys("2027-05-01");
		driver.findElement(By.id("dueDate")).sendKeys("2027-04-01");
		submit(driver, "main form button[type=submit]");
		assertThat(driver.getPageSource()).contains("Skriv en rubrik för åtgärden.", "Slutdatum kan inte vara före startdatum.");
		browser.checkCurrentPage(driver, "handlingsplan-ny-fel");

		driver.get(browser.url("/handlingsplan/" + CODE + "/tavla"));
		String select = "status-" + paused;
		Actions keyboard = new Actions(driver);
		for (int i = 0; i < 200 && !select.equals(driver.switchTo().activeElement().getAttribute("id")); i++) {
			keyboard.sendKeys(Keys.TAB).perform();
		}
		assertThat(driver.switchTo().activeElement().getAttribute("id")).as("the status select is reached with Tab").isEqualTo(select);
		driver.switchTo().activeElement().sendKeys("Pausad");
		keyboard.sendKeys(Keys.TAB).perform();
		WebElement button = driver.switchTo().activeElement();
		assertThat(button.getTagName()).isEqualTo("button");
		button.sendKeys(Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(button));
		assertThat(driver.getPageSource()).contains("Åtgärden Kartlägg välfärdstekniken har nu status Pausad.", "Pausad (1)");
		browser.checkCurrentPage(driver, "handlingsplan-tavla-flyttad");
		List<WebElement> columns = driver.findElements(By.cssSelector(".stegvis-board__column"));
		assertThat(columns.get(3).getText()).contains("Kartlägg välfärdstekniken");

		driver.get(browser.url("/handlingsplan/punkter/" + paused));
		submit(driver, "form[action$='/ta-bort'] button[type=submit]");
		assertThat(driver.getPageSource()).contains("Det går inte att ångra.");
		browser.checkCurrentPage(driver, "handlingsplan-ta-bort");
	}

	private static void submit(ChromeDriver driver, String selector) {
		WebElement element = driver.findElement(By.cssSelector(selector));
		element.click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(element));
	}

}

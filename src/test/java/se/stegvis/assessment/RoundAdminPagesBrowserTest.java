package se.stegvis.assessment;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.support.Browser;
import se.stegvis.support.BrowserTest;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static se.stegvis.assessment.TestRounds.GENERAL_INDICATOR;
import static se.stegvis.assessment.TestRounds.OTHER_GENERAL_INDICATOR;

/**
 * The facilitator pages pass axe at 1280 and 390 px with data, with refused input and with confirmations:
 * participants, spread and consensus, settings, completing, reopening and history.
 */
@BrowserTest
class RoundAdminPagesBrowserTest {

	private static final String CODE = "2583";

	@Autowired
	TestUsers users;

	@Test
	void theFacilitatorPagesAreAccessible(Browser browser) {
		RestTestClient http = RestTestClient.bindToServer().baseUrl(this.users.baseUrl()).build();
		TestUser admin = this.users.orgAdmin(CODE);
		TestUser lead = this.users.participant(CODE);
		TestUser staff = this.users.participant(CODE);
		this.users.participant(CODE);
		long id = TestRounds.individual(http, admin, CODE);
		TestRounds.addParticipant(http, admin, id, lead, "Ledning");
		TestRounds.addParticipant(http, admin, id, staff, "Medarbetare");
		TestRounds.answer(http, lead, id, GENERAL_INDICATOR, 4);
		TestRounds.answer(http, staff, id, GENERAL_INDICATOR, java.util.Map.of("answer", "LEVEL", "level", 1, "comment",
				"Vi har inte sett någon plan", "evidenceUrl", "https://example.se/protokoll"));
		TestRounds.answer(http, lead, id, OTHER_GENERAL_INDICATOR, 2);
		browser.signIn(admin);
		String round = "/omgangar/" + id;

		browser.checkPage(round + "/deltagare", "omgang-deltagare");
		ChromeDriver driver = browser.desktop();
		driver.get(browser.url(round + "/deltagare"));
		submit(driver, "form[action$='/deltagare'] button[type=submit]");
		assertThat(driver.getPageSource()).contains("Ange användarnamnet på en medlem i organisationen.");
		browser.checkCurrentPage(driver, "omgang-deltagare-fel");
		driver.get(browser.url(round + "/deltagare"));
		submit(driver, "form[action$='/ta-bort'] button[type=submit]");
		assertThat(driver.getPageSource()).contains("tas bort för gott");
		browser.checkCurrentPage(driver, "omgang-deltagare-ta-bort");

		browser.checkPage(round + "/spridning", "omgang-spridning");
		browser.checkPage(round + "/spridning?visa=diskuteras", "omgang-spridning-diskuteras");
		driver.get(browser.url(round + "/spridning"));
		submit(driver, "#c-" + GENERAL_INDICATOR + " form button[type=submit]");
		assertThat(driver.getPageSource()).contains("Välj en nivå, Vet ej eller Ej relevant.");
		browser.checkCurrentPage(driver, "omgang-spridning-fel");
		driver.findElement(By.id("c-" + GENERAL_INDICATOR + "-value-3")).click();
		driver.findElement(By.id("c-" + GENERAL_INDICATOR + "-note")).sendKeys("Vi enades efter samtal");
		submit(driver, "#c-" + GENERAL_INDICATOR + " form button[type=submit]");
		assertThat(driver.getPageSource()).contains("(gemensam bedömning)");
		browser.checkCurrentPage(driver, "omgang-spridning-sparad");

		browser.checkPage(round + "/installningar", "omgang-installningar");
		browser.checkPage(round + "/avsluta", "omgang-avsluta");
		browser.checkPage(round + "/historik", "omgang-historik");

		TestRounds.complete(http, admin, id);
		browser.checkPage(round + "/ateroppna", "omgang-ateroppna");
		driver.get(browser.url(round + "/ateroppna"));
		submit(driver, "main form button[type=submit]");
		assertThat(driver.getPageSource()).contains("Ange varför omgången öppnas igen.");
		browser.checkCurrentPage(driver, "omgang-ateroppna-fel");
		browser.checkPage(round + "/installningar", "omgang-installningar-avslutad");
	}

	private static void submit(ChromeDriver driver, String selector) {
		WebElement element = driver.findElement(By.cssSelector(selector));
		element.click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(element));
	}

}

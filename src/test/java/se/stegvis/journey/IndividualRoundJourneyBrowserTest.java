package se.stegvis.journey;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import se.stegvis.support.Browser;
import se.stegvis.support.BrowserTest;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static se.stegvis.journey.Journey.follow;
import static se.stegvis.journey.Journey.submit;
import static se.stegvis.journey.Journey.waiting;

/**
 * An INDIVIDUAL round in the browser: the facilitator starts it for one area and adds three participants,
 * each of them signs in and answers on their own, and the facilitator sees how the answers spread and
 * sets the consensus for an indicator they disagreed on.
 */
@BrowserTest
class IndividualRoundJourneyBrowserTest {

	/** Tyresö: used by no other test. */
	private static final String CODE = "0138";

	@Autowired
	TestUsers users;

	@Test
	void threeParticipantsAnswerAndTheFacilitatorSetsTheConsensus(Browser browser) {
		Journey journey = new Journey("individuell");
		ChromeDriver driver = browser.desktop();
		TestUser facilitator = this.users.orgAdmin(CODE);
		List<TestUser> participants = List.of(this.users.participant(CODE), this.users.participant(CODE),
				this.users.participant(CODE));
		List<String> groups = List.of("Ledning", "Medarbetare", "Medarbetare");

		browser.signIn(driver, facilitator.username(), facilitator.password());
		driver.get(browser.url("/omgangar/ny"));
		driver.findElement(By.id("title")).sendKeys("Var för sig 2026");
		driver.findElement(By.cssSelector("label[for=mode-INDIVIDUAL]")).click();
		// Only the area GENERAL: the form starts with every area ticked.
		for (WebElement area : driver.findElements(By.cssSelector("input[name=areas]"))) {
			if (area.isSelected() != "GENERAL".equals(area.getAttribute("value"))) {
				driver.findElement(By.cssSelector("label[for=" + area.getAttribute("id") + "]")).click();
			}
		}
		journey.screenshot(driver, "ny-omgang");
		submit(driver, "#start-form button[type=submit]");
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
			.contains("Var för sig 2026");
		long round = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/", "").replaceAll("\\?.*", ""));

		follow(driver, "/omgangar/" + round + "/deltagare");
		for (int i = 0; i < participants.size(); i++) {
			new Select(driver.findElement(By.id("username"))).selectByValue(participants.get(i).username());
			try {
				new Select(driver.findElement(By.id("respondentGroup"))).selectByVisibleText(groups.get(i));
			}
			catch (NoSuchElementException ex) {
				driver.findElement(By.id("newGroup")).sendKeys(groups.get(i));
			}
			submit(driver, "form[action$='/deltagare'] button[type=submit]");
			assertThat(driver.findElements(By.cssSelector(".govuk-error-summary"))).as("adding participant %d", i).isEmpty();
		}
		assertThat(driver.findElement(By.tagName("main")).getText()).contains(participants.get(2).displayName());
		journey.screenshot(driver, "deltagare");

		List<String> keys = new ArrayList<>();
		int[][] levels = { { 4, 3 }, { 1, 3 }, { 2, 2 } };
		for (int p = 0; p < participants.size(); p++) {
			TestUser participant = participants.get(p);
			browser.signIn(driver, participant.username(), participant.password());
			driver.get(browser.url("/omgangar/" + round));
			follow(driver, "/omgangar/" + round + "/omraden/GENERAL");
			if (keys.isEmpty()) {
				driver.findElements(By.cssSelector("[data-indicator]")).stream().limit(2)
					.forEach((e) -> keys.add(e.getAttribute("data-indicator")));
				assertThat(keys).as("the round's area GENERAL").hasSize(2);
			}
			for (int k = 0; k < keys.size(); k++) {
				String key = keys.get(k);
				driver.findElement(By.cssSelector("label[for=svar-" + key + "-" + levels[p][k] + "]")).click();
				waiting(driver).until(ExpectedConditions.textToBe(By.id("status-" + key), "Sparat"));
			}
			if (p == 0) {
				journey.screenshot(driver, "deltagare-svarar");
			}
		}

		browser.signIn(driver, facilitator.username(), facilitator.password());
		driver.get(browser.url("/omgangar/" + round));
		follow(driver, "/omgangar/" + round + "/spridning");
		String spread = driver.findElement(By.tagName("main")).getText();
		assertThat(spread).as("the answers of all three are counted").contains("(3 har svarat)");
		journey.screenshot(driver, "spridning");
		String disputed = keys.get(0);
		driver.findElement(By.id("c-" + disputed + "-value-3")).click();
		driver.findElement(By.id("c-" + disputed + "-note")).sendKeys("Vi enades efter samtal om vad som redan är beslutat.");
		submit(driver, "#c-" + disputed + " form button[type=submit]");
		assertThat(driver.getPageSource()).contains("(gemensam bedömning)");
		journey.screenshot(driver, "gemensam-bedomning");
		driver.get(browser.url("/omgangar/" + round + "/sammanfattning"));
		journey.screenshot(driver, "sammanfattning");
	}

}

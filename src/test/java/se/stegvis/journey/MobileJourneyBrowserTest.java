package se.stegvis.journey;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.assessment.TestRounds;
import se.stegvis.support.Browser;
import se.stegvis.support.BrowserTest;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static se.stegvis.journey.Journey.follow;
import static se.stegvis.journey.Journey.waiting;

/** On a 390 px phone: answering with autosave and reading the summary, never scrolling sideways. */
@BrowserTest
class MobileJourneyBrowserTest {

	/** Nynäshamn: used by no other test. */
	private static final String CODE = "0192";

	@Autowired
	TestUsers users;

	@Test
	void answeringAndReadingTheSummaryFitA390PixelScreen(Browser browser) {
		RestTestClient http = RestTestClient.bindToServer().baseUrl(this.users.baseUrl()).build();
		TestUser admin = this.users.orgAdmin(CODE);
		long round = TestRounds.group(http, admin, CODE);
		Journey journey = new Journey("mobil");
		ChromeDriver phone = browser.mobile();
		browser.signIn(phone, admin.username(), admin.password());
		phone.get(browser.url("/omgangar/" + round));
		assertFits(phone, "the round");
		follow(phone, "/omgangar/" + round + "/omraden/GENERAL");
		List<String> keys = phone.findElements(By.cssSelector("[data-indicator]")).stream()
			.map((e) -> e.getAttribute("data-indicator")).limit(3).toList();
		for (int i = 0; i < keys.size(); i++) {
			String key = keys.get(i);
			phone.findElement(By.cssSelector("label[for=svar-" + key + "-" + (i + 2) + "]")).click();
			waiting(phone).until(ExpectedConditions.textToBe(By.id("status-" + key), "Sparat"));
		}
		assertFits(phone, "the answers");
		journey.screenshot(phone, "svar");

		TestRounds.complete(http, admin, round);
		phone.get(browser.url("/omgangar/" + round));
		follow(phone, "/omgangar/" + round + "/sammanfattning");
		assertThat(phone.findElement(By.tagName("h1")).getText()).contains("Sammanfattning");
		assertThat(phone.findElements(By.cssSelector("main table"))).isNotEmpty();
		assertFits(phone, "the summary");
		phone.findElements(By.cssSelector("main figure details summary")).forEach((summary) -> summary.click());
		assertFits(phone, "the summary with its chart tables open");
		journey.screenshot(phone, "sammanfattning");
	}

	private static void assertFits(ChromeDriver phone, String what) {
		Number width = (Number) phone.executeScript("return document.documentElement.scrollWidth;");
		assertThat(width.intValue()).as("%s is no wider than the phone", what).isLessThanOrEqualTo(390);
	}

}

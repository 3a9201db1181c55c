package se.stegvis.journey;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.assessment.TestRounds;
import se.stegvis.support.Browser;
import se.stegvis.support.BrowserTest;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static se.stegvis.journey.Journey.submit;

/**
 * Three municipalities of Dalarna compare themselves by name in a network, and one of them leaves it: Falun's
 * org admin creates the network and invites Borlänge and Mora on the pages, both consent on their
 * organisation's networks page, the network page names all three; then Mora withdraws its consent and
 * disappears from the network page and from Borlänge's summary compared with the network, by name and in n.
 * The completed rounds are made through the API: answering is another journey. Uses codes no other test uses.
 */
@BrowserTest
class NetworkJourneyBrowserTest {

	private static final String OWNER = "2080";

	private static final String MEMBER = "2081";

	private static final String LEAVER = "2062";

	private static final String NAME = "Dalanätverket";

	@Autowired
	TestUsers users;

	@Test
	void aMemberWithdrawsConsentAndDisappearsFromTheComparison(Browser browser) {
		browser.signOut();
		Journey journey = new Journey("natverk");
		ChromeDriver driver = browser.desktop();
		TestUser falun = this.users.orgAdmin(OWNER);
		TestUser borlange = this.users.orgAdmin(MEMBER);
		TestUser mora = this.users.orgAdmin(LEAVER);
		completedRound(falun, OWNER, 4);
		long borlangeRound = completedRound(borlange, MEMBER, 2);
		completedRound(mora, LEAVER, 0);

		// The owner creates the network and invites the two others on the pages.
		browser.signIn(driver, falun.username(), falun.password());
		driver.get(browser.url("/organisationer/" + OWNER + "/natverk"));
		driver.findElement(By.id("name")).sendKeys(NAME);
		journey.screenshot(driver, "skapa");
		submit(driver, "main form[action$='/natverk'] button[type=submit]");
		assertThat(driver.getCurrentUrl()).endsWith("/hantera");
		long network = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/natverk/", "").replaceAll("/.*", ""));
		for (String code : List.of(MEMBER, LEAVER)) {
			driver.findElement(By.id("organisationCode")).sendKeys(code);
			submit(driver, "main form[action$='/medlemmar'] button[type=submit]");
			assertThat(driver.findElements(By.cssSelector(".govuk-error-summary"))).as("inviting %s", code).isEmpty();
		}
		assertThat(text(driver)).contains("Borlänge", "Mora");
		journey.screenshot(driver, "bjud-in");

		// Each invited org admin consents on the organisation's networks page.
		consents(browser, journey, borlange, MEMBER, network);
		consents(browser, journey, mora, LEAVER, network);

		// Everyone who consented sees all three by name.
		driver.get(browser.url("/natverk/" + network));
		assertThat(rows(driver)).contains("Falun", "Borlänge", "Mora");
		journey.screenshot(driver, "resultat");
		browser.signIn(driver, borlange.username(), borlange.password());
		driver.get(browser.url("/omgangar/" + borlangeRound + "/sammanfattning?jamforelse=natverk-" + network));
		assertThat(text(driver)).contains("Jämförelse med " + NAME + ": 3 organisationer");
		journey.screenshot(driver, "sammanfattning");

		// Mora withdraws its consent.
		browser.signIn(driver, mora.username(), mora.password());
		driver.get(browser.url("/organisationer/" + LEAVER + "/natverk"));
		journey.screenshot(driver, "samtycker");
		submit(driver, "form[action$='/natverk/" + network + "/samtycke'] button.govuk-button--warning[value=nej]");
		assertThat(text(driver)).contains("Samtycket är återkallat. Ni syns inte längre i nätverket.");
		journey.screenshot(driver, "aterkallat");

		// The others no longer see Mora, neither by name nor in n.
		browser.signIn(driver, falun.username(), falun.password());
		driver.get(browser.url("/natverk/" + network));
		assertThat(rows(driver)).contains("Falun", "Borlänge").doesNotContain("Mora");
		assertThat(text(driver)).doesNotContain("Mora");
		journey.screenshot(driver, "utan-mora");
		browser.signIn(driver, borlange.username(), borlange.password());
		driver.get(browser.url("/omgangar/" + borlangeRound + "/sammanfattning?jamforelse=natverk-" + network));
		assertThat(text(driver)).contains("Jämförelse med " + NAME + ": 2 organisationer").doesNotContain("Mora");
		journey.screenshot(driver, "sammanfattning-utan-mora");
		browser.signOut();
	}

	private void consents(Browser browser, Journey journey, TestUser admin, String code, long network) {
		ChromeDriver driver = browser.desktop();
		browser.signIn(driver, admin.username(), admin.password());
		driver.get(browser.url("/organisationer/" + code + "/natverk"));
		assertThat(text(driver)).contains(NAME, "Falun");
		if (MEMBER.equals(code)) {
			journey.screenshot(driver, "inbjudan");
		}
		submit(driver, "form[action$='/natverk/" + network + "/samtycke'] button[value=ja]");
		assertThat(text(driver)).contains("Ni samtycker. Andra medlemmar ser nu era resultat med namn.");
	}

	private long completedRound(TestUser admin, String code, int level) {
		RestTestClient http = RestTestClient.bindToServer().baseUrl(this.users.baseUrl()).build();
		long round = TestRounds.group(http, admin, code);
		TestRounds.answer(http, admin, round, TestRounds.GENERAL_INDICATOR, level);
		TestRounds.answer(http, admin, round, TestRounds.ELDERLY_INDICATOR, 4 - level);
		TestRounds.complete(http, admin, round);
		return round;
	}

	private static List<String> rows(ChromeDriver driver) {
		return driver.findElements(By.cssSelector("main [data-figures] tr[data-row]")).stream()
			.map((WebElement row) -> row.getAttribute("data-row")).toList();
	}

	private static String text(ChromeDriver driver) {
		return driver.findElement(By.tagName("main")).getText();
	}

}

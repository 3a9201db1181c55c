package se.stegvis.account;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.stegvis.account.NewAccount.NewMembership;
import se.stegvis.support.Browser;
import se.stegvis.support.BrowserTest;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** Every account page passes axe at 1280 and 390 px, with one h1 and no sideways scrolling, errors included. */
@BrowserTest
class AccountPagesBrowserTest {

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void signInPagesAreAccessible(Browser browser) {
		browser.signOut();
		browser.checkPage("/logga-in", "logga-in");
		ChromeDriver driver = browser.desktop();
		driver.get(browser.url("/logga-in"));
		driver.findElement(By.id("username")).sendKeys("finns.inte");
		driver.findElement(By.id("password")).sendKeys("helt fel lösenord här");
		submit(driver, "main form button[type=submit]");
		assertThat(driver.getPageSource()).contains("Fel användarnamn eller lösenord");
		browser.checkCurrentPage(driver, "logga-in-fel");
	}

	@Test
	void ownAccountPagesAreAccessible(Browser browser) {
		TestUser user = this.users.withMemberships(NewMembership.of("0180", Role.ORG_ADMIN), NewMembership.of("1280", Role.VIEWER));
		browser.signIn(user);
		browser.checkPage("/konto", "konto");
		browser.checkPage("/konto/losenord", "konto-losenord");
		browser.checkPage("/konto/tokens", "konto-tokens");

		ChromeDriver driver = browser.desktop();
		driver.get(browser.url("/konto/losenord"));
		driver.findElement(By.id("currentPassword")).sendKeys("fel");
		driver.findElement(By.id("newPassword")).sendKeys("kort");
		submit(driver, "main form button[type=submit]");
		assertThat(driver.getPageSource()).contains("Det nuvarande lösenordet stämmer inte");
		browser.checkCurrentPage(driver, "konto-losenord-fel");

		driver.get(browser.url("/konto/tokens"));
		driver.findElement(By.id("name")).sendKeys("Rapportskript");
		submit(driver, "main form button[type=submit]");
		assertThat(driver.findElement(By.id("created-token")).getAttribute("value")).startsWith("stegvis_");
		browser.checkCurrentPage(driver, "konto-tokens-skapat");

		driver.get(browser.url("/konto"));
		driver.findElement(By.cssSelector("#header-organisation option[value='0180']")).click();
		submit(driver, ".stegvis-header__switcher button");
		new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(ExpectedConditions.elementToBeSelected(By.cssSelector("#header-organisation option[value='0180']")));
	}

	@Test
	void memberAdministrationPagesAreAccessible(Browser browser) {
		TestUser admin = this.users.orgAdmin("1281");
		TestUser member = this.users.participant("1281");
		TestUser dormant = this.users.viewer("1281");
		this.jdbc.sql("UPDATE account_user SET created_at = :t WHERE id = :id")
			.param("t", OffsetDateTime.now(ZoneOffset.UTC).minusMonths(30)).param("id", dormant.id()).update();
		browser.signIn(admin);
		browser.checkPage("/organisation/1281/inbjudningar/ny", "inbjudan-ny");

		ChromeDriver driver = browser.desktop();
		driver.get(browser.url("/organisation/1281/inbjudningar/ny"));
		submit(driver, "main form button[type=submit]");
		assertThat(driver.getPageSource()).contains("Ange en e-postadress");
		browser.checkCurrentPage(driver, "inbjudan-ny-fel");

		driver.findElement(By.id("email")).sendKeys("kollega@lund.example");
		driver.findElement(By.cssSelector("label[for='role']")).click();
		submit(driver, "main form button[type=submit]");
		String link = driver.findElement(By.id("invitation-link")).getAttribute("value");
		browser.checkCurrentPage(driver, "inbjudan-skapad");

		browser.checkPage("/organisation/1281/medlemmar", "medlemmar");
		browser.checkPage("/organisation/1281/medlemmar/" + member.username() + "/ta-bort", "medlem-ta-bort");
		browser.checkPage("/organisation/1281/inaktiva", "inaktiva-konton");

		driver.get(browser.url("/organisation/1281/medlemmar/" + admin.username() + "/ta-bort"));
		this.jdbc.sql("UPDATE account_membership SET role = 'VIEWER' WHERE organisation_code = '1281' AND user_id <> :id")
			.param("id", admin.id()).update();
		submit(driver, "main form button[type=submit]");
		assertThat(driver.getPageSource()).contains("minst en organisationsadministratör");
		browser.checkCurrentPage(driver, "medlemmar-sista-admin");

		String path = link.substring(link.indexOf("/inbjudan/"));
		browser.checkPage(path, "inbjudan-inloggad");
		browser.signOut();
		browser.checkPage(path, "inbjudan-skapa-konto");
		this.jdbc.sql("UPDATE account_invitation SET expires_at = :t").param("t", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1)).update();
		browser.checkPage(path, "inbjudan-utgangen");
	}

	@Test
	void administrationPagesAreAccessible(Browser browser) {
		TestUser admin = this.users.systemAdmin();
		TestUser someone = this.users.participant("0180");
		browser.signIn(admin);
		browser.checkPage("/administration", "administration");
		browser.checkPage("/administration/anvandare/" + someone.id() + "/ta-bort", "administration-radera");
		browser.checkPage("/api/../organisation/0180/medlemmar".replace("/api/..", ""), "medlemmar-systemadmin");
	}

	/** Clicks a form's button and waits until the next page has replaced this one. */
	private static void submit(ChromeDriver driver, String button) {
		WebElement element = driver.findElement(By.cssSelector(button));
		element.click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(element));
	}

}

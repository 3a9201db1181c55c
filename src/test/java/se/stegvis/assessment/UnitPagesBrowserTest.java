package se.stegvis.assessment;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import se.stegvis.support.Browser;
import se.stegvis.support.BrowserTest;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** The units page passes axe at both widths: empty, with a refused name, and with units added. */
@BrowserTest
class UnitPagesBrowserTest {

	@Autowired
	TestUsers users;

	@Test
	void theUnitsPageIsAccessible(Browser browser) {
		TestUser admin = this.users.orgAdmin("1486");
		browser.signIn(admin);
		browser.checkPage("/organisationer/1486/enheter", "enheter-tom");
		ChromeDriver driver = browser.desktop();
		driver.get(browser.url("/organisationer/1486/enheter"));
		submit(driver);
		assertThat(driver.getPageSource()).contains("Ange enhetens namn.");
		browser.checkCurrentPage(driver, "enheter-fel");
		driver.findElement(By.id("name")).sendKeys("Socialförvaltningen");
		submit(driver);
		driver.findElement(By.id("name")).sendKeys("Hemtjänst Norr");
		driver.findElement(By.cssSelector("#parentId option:nth-child(2)")).click();
		submit(driver);
		assertThat(driver.getPageSource()).contains("Socialförvaltningen › Hemtjänst Norr");
		browser.checkCurrentPage(driver, "enheter");
	}

	private static void submit(ChromeDriver driver) {
		WebElement element = driver.findElement(By.cssSelector("main form button[type=submit]"));
		element.click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(element));
	}

}

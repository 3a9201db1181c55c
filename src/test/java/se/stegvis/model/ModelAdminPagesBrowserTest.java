package se.stegvis.model;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import se.stegvis.support.Browser;
import se.stegvis.support.BrowserTest;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The system administrator's model pages pass axe at 1280 and 390 px: the upload page empty and with every
 * problem listed, a draft with its publish button, a published version with its retire button.
 */
@BrowserTest
class ModelAdminPagesBrowserTest {

	@Autowired
	ModelAdministration administration;

	@Autowired
	TestUsers users;

	@BeforeEach
	void signIn(Browser browser) {
		browser.signIn(this.users.systemAdmin());
	}

	@Test
	void theUploadPageAndTheListWithItsLinkAreAccessible(Browser browser) {
		browser.checkPage("/modeller/ladda-upp", "modell-ladda-upp");
		browser.checkPage("/modeller", "modeller-administrator");
	}

	@Test
	void aRefusedUploadListsEveryProblemAccessiblyAndKeepsTheText(Browser browser) {
		for (ChromeDriver driver : new ChromeDriver[] { browser.desktop(), browser.mobile() }) {
			driver.get(browser.url("/modeller/ladda-upp"));
			driver.findElement(By.id("document")).sendKeys("key: Trasig\nversion: \"1.0\"\ntitle: {en: Broken}\n");
			driver.findElement(By.cssSelector("main form button[type=submit]")).click();
			new WebDriverWait(driver, Duration.ofSeconds(15))
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".govuk-error-summary")));
			String summary = driver.findElement(By.cssSelector(".govuk-error-summary")).getText();
			assertThat(summary).contains("Ingenting har sparats.", "key: Trasig är ingen giltig modellnyckel.",
					"version: 1.0 är ingen semantisk version.", "title.sv: Svensk text saknas.", "indicators: Fältet saknas.");
			assertThat(driver.findElement(By.id("document")).getDomProperty("value")).startsWith("key: Trasig");
			browser.checkCurrentPage(driver, driver == browser.desktop() ? "modell-ladda-upp-fel-desktop"
					: "modell-ladda-upp-fel-mobile");
		}
	}

	@Test
	void aDraftAndAPublishedVersionShowTheAdministratorsButtons(Browser browser) {
		String key = ModelApiTest.uniqueKey();
		ModelVersionInfo draft = this.administration.create(TestModels.yaml(ModelApiTest.tree(key, "1.0.0")),
				ModelFormat.YAML, "test");
		String base = "/modeller/" + key + "/1.0.0";
		browser.checkPage(base + "?uppladdad", "modell-utkast-administrator");
		this.administration.publish(draft.key(), draft.version(), "test");
		browser.checkPage(base + "?publicerad", "modell-publicerad-administrator");
		assertThat(browser.desktop().findElement(By.id("dra-tillbaka")).getText()).isEqualTo("Dra tillbaka version 1.0.0");
	}

}

package se.stegvis.model;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;

import se.stegvis.support.Browser;
import se.stegvis.support.BrowserTest;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** The model pages pass axe at 1280 and 390 px, also with an indicator opened and after a search. */
@BrowserTest
class ModelPagesBrowserTest {

	@Autowired
	ModelAdministration administration;

	@Autowired
	ModelCatalog catalog;

	@Autowired
	TestUsers users;

	@BeforeEach
	void signIn(Browser browser) {
		browser.signIn(this.users.viewer("0180"));
	}

	@BeforeEach
	void publishTheTestModelOnce() {
		if (this.catalog.versions(TestModels.KEY).isEmpty()) {
			ModelVersionInfo draft = this.administration.create(TestModels.yaml(), ModelFormat.YAML, "test");
			this.administration.publish(draft.key(), draft.version(), "test");
		}
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource({ "/modeller, modeller", "/modeller/stegvis-organisation/1.0.0, modell-organisation",
			"/modeller/testmodell/1.0.0, modell-testmodell", "/modeller/testmodell/1.0.0/sok?q=äldre, modell-sok",
			"/modeller/testmodell/1.0.0/sok?q=aldre, modell-sok-inga-traffar", "/modeller/testmodell/1.0.0/sok, modell-sok-tom",
			"/modeller/stegvis-organisation/1.0.0?lang=en, modell-organisation-engelska" })
	void pageIsAccessibleAtBothWidths(String path, String name, Browser browser) {
		browser.checkPage(path, name);
	}

	@Test
	void anIndicatorOpensWithoutJavaScriptAndShowsItsActivities(Browser browser) {
		ChromeDriver driver = browser.desktop();
		driver.get(browser.url("/modeller/testmodell/1.0.0?lang=sv"));
		WebElement indicator = driver.findElement(By.id("indikator-ELD-LEAD-STRATEGY"));
		assertThat(indicator.getDomAttribute("open")).isNull();
		indicator.findElement(By.tagName("summary")).click();
		assertThat(indicator.getDomAttribute("open")).isNotNull();
		assertThat(indicator.getText()).contains("Skriv ett utkast till plan", "Planen är beslutad och följs upp varje år.");
		browser.checkCurrentPage(driver, "modell-indikator-oppen");
	}

	@Test
	void aSearchFromTheModelPageLeadsToTheIndicator(Browser browser) {
		ChromeDriver driver = browser.desktop();
		driver.get(browser.url("/modeller/testmodell/1.0.0?lang=sv"));
		driver.findElement(By.id("q")).sendKeys("kameratillsyn");
		driver.findElement(By.cssSelector("form[role=search] button")).click();
		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("1 träff för ”kameratillsyn”");
		driver.findElement(By.linkText("Den som vill kan få nattillsyn med kamera.")).click();
		assertThat(driver.getCurrentUrl()).endsWith("/modeller/testmodell/1.0.0#indikator-ELD-USE-NIGHT-CAMERA");
	}

}

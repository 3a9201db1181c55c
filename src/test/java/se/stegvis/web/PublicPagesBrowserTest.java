package se.stegvis.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.stegvis.support.Browser;
import se.stegvis.support.BrowserTest;

/** Every page of the skeleton passes axe at 1280 and 390 px, with one h1 and no sideways scrolling. */
@BrowserTest
class PublicPagesBrowserTest {

	@ParameterizedTest(name = "{1}")
	@CsvSource({ "/, start", "/organisationer, organisationer", "/organisationer?group=A1, organisationer-filtrerad",
			"/organisationer?group=Z9, organisationer-fel", "/tillganglighet, tillganglighet",
			"/personuppgifter, personuppgifter", "/egenvardering, kommer-snart", "/finns-inte, fel-404",
			"/?lang=en, start-engelska" })
	void pageIsAccessibleAtBothWidths(String path, String name, Browser browser) {
		browser.checkPage(path, name);
	}

}

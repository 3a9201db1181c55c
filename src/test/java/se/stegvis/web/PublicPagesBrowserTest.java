package se.stegvis.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import se.stegvis.support.Browser;
import se.stegvis.support.BrowserTest;
import se.stegvis.support.TestUsers;

/** Every page of the skeleton passes axe at 1280 and 390 px, with one h1 and no sideways scrolling. */
@BrowserTest
class PublicPagesBrowserTest {

	@BeforeEach
	void asAVisitor(Browser browser) {
		browser.signOut();
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource({ "/, start", "/organisationer, organisationer", "/organisationer?group=A1, organisationer-filtrerad",
			"/organisationer?group=Z9, organisationer-fel", "/tillganglighet, tillganglighet",
			"/personuppgifter, personuppgifter", "/?lang=en, start-engelska" })
	void pageIsAccessibleAtBothWidths(String path, String name, Browser browser) {
		browser.checkPage(path, name);
	}

	@Test
	void flowPageIsAccessibleToASignedInUser(Browser browser, @Autowired TestUsers users) {
		browser.signIn(users.participant("0180"));
		browser.checkPage("/egenvardering", "egenvardering");
		browser.checkPage("/finns-inte", "fel-404");
	}

}

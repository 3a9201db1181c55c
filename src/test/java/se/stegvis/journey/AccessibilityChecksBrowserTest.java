package se.stegvis.journey;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.actionplan.TestPlans;
import se.stegvis.assessment.TestRounds;
import se.stegvis.network.TestNetworks;
import se.stegvis.support.Browser;
import se.stegvis.support.BrowserTest;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.stegvis.assessment.TestRounds.ELDERLY_INDICATOR;
import static se.stegvis.assessment.TestRounds.GENERAL_INDICATOR;
import static se.stegvis.assessment.TestRounds.OTHER_GENERAL_INDICATOR;

/**
 * The checks axe cannot do ({@link AccessibilityChecks}) over every kind of page the browser tests visit:
 * public, account, model, rounds, round administration, summary, action plan and units pages, and the
 * error summary's focus after each kind of refused form post. One dynamic test per page, so a failure
 * names the page. To cover a new feature's pages, add a method like {@link #summaryPages} and list it in
 * {@link #pages}; for its forms, add to {@link #refusedPosts}.
 */
@BrowserTest
class AccessibilityChecksBrowserTest {

	/** Used by no other test, so that "the rounds of the organisation" are the ones made here. */
	private static final String CODE = "0117";

	/** Invited to the network of {@link #CODE}: Avesta consents, Ludvika has not answered. Used by no other test. */
	private static final String NETWORK_MEMBER = "2084";

	private static final String NETWORK_INVITED = "2085";

	@Autowired
	TestUsers users;

	/** A page to check: who sees it (null: a visitor) and where. */
	record Page(String name, String path, @Nullable TestUser user) {
	}

	/** A form post that is refused: who, on which page, and what to fill in and press. */
	record RefusedPost(String name, String path, @Nullable TestUser user, Consumer<ChromeDriver> fillAndSubmit) {
	}

	/** The data the pages show, made once through the API. */
	record Data(TestUser admin, TestUser systemAdmin, TestUser member, long completed, long open, long individual,
			long item, long network, TestUser invited) {
	}

	@TestFactory
	Stream<DynamicTest> everyPagePassesTheChecksAxeCannotDo(Browser browser) {
		Data data = data();
		Session session = new Session(browser);
		return pages(data).stream().map((page) -> DynamicTest.dynamicTest(page.name(), () -> {
			ChromeDriver driver = session.as(page.user());
			driver.get(browser.url(page.path()));
			AccessibilityChecks.checkShownPage(driver, page.name());
		}));
	}

	@TestFactory
	Stream<DynamicTest> theErrorSummaryHasTheFocusAfterARefusedPost(Browser browser) {
		Data data = data();
		Session session = new Session(browser);
		return refusedPosts(data).stream().map((post) -> DynamicTest.dynamicTest(post.name(), () -> {
			ChromeDriver driver = session.as(post.user());
			driver.get(browser.url(post.path()));
			post.fillAndSubmit().accept(driver);
			AccessibilityChecks.errorSummaryFocused(driver, post.name());
			AccessibilityChecks.headings(driver, post.name());
			AccessibilityChecks.statusMessages(driver, post.name());
		}));
	}

	/** The focus check is no rubber stamp: with every focus style taken away it fails. */
	@Test
	void theFocusCheckNoticesAMissingFocusIndicator(Browser browser) {
		ChromeDriver driver = new Session(browser).as(null);
		driver.get(browser.url("/logga-in"));
		driver.executeScript("var sheet = new CSSStyleSheet();"
				+ "sheet.replaceSync('*:focus, *:focus + label::before, *:focus-visible { outline: none !important;"
				+ " box-shadow: none !important; background: transparent !important; }');"
				+ "document.adoptedStyleSheets = [sheet];");
		assertThatThrownBy(() -> AccessibilityChecks.focusVisible(driver, "logga-in utan fokusmarkering"))
			.isInstanceOf(AssertionError.class).hasMessageContaining("input#username");
	}

	/** Every page group; extend here. */
	List<Page> pages(Data data) {
		List<Page> pages = new ArrayList<>();
		pages.addAll(publicPages());
		pages.addAll(accountPages(data));
		pages.addAll(modelPages(data));
		pages.addAll(roundPages(data));
		pages.addAll(roundAdminPages(data));
		pages.addAll(summaryPages(data));
		pages.addAll(actionPlanPages(data));
		pages.addAll(unitPages(data));
		pages.addAll(networkPages(data));
		pages.addAll(exportPages(data));
		return pages;
	}

	List<Page> publicPages() {
		return List.of(new Page("start", "/", null), new Page("organisationer", "/organisationer", null),
				new Page("tillganglighet", "/tillganglighet", null), new Page("personuppgifter", "/personuppgifter", null),
				new Page("sa-raknar-vi", "/sa-raknar-vi", null), new Page("logga-in", "/logga-in", null),
				new Page("start-engelska", "/?lang=en", null));
	}

	List<Page> accountPages(Data data) {
		TestUser admin = data.admin();
		return List.of(new Page("egenvardering", "/egenvardering", admin), new Page("konto", "/konto", admin),
				new Page("konto-losenord", "/konto/losenord", admin), new Page("konto-tokens", "/konto/tokens", admin),
				new Page("medlemmar", "/organisation/" + CODE + "/medlemmar", admin),
				new Page("inbjudan-ny", "/organisation/" + CODE + "/inbjudningar/ny", admin),
				new Page("medlem-ta-bort", "/organisation/" + CODE + "/medlemmar/" + data.member().username() + "/ta-bort", admin),
				new Page("inaktiva-konton", "/organisation/" + CODE + "/inaktiva", admin),
				new Page("fel-404", "/finns-inte", admin),
				new Page("administration", "/administration", data.systemAdmin()));
	}

	List<Page> modelPages(Data data) {
		return List.of(new Page("modeller", "/modeller", data.admin()),
				new Page("modell-organisation", "/modeller/stegvis-organisation/1.0.0", data.admin()),
				new Page("modell-sok", "/modeller/stegvis-organisation/1.0.0/sok?q=digital", data.admin()),
				new Page("modell-ladda-upp", "/modeller/ladda-upp", data.systemAdmin()));
	}

	List<Page> roundPages(Data data) {
		String open = "/omgangar/" + data.open();
		return List.of(new Page("omgangar", "/omgangar", data.admin()), new Page("omgang-ny", "/omgangar/ny", data.admin()),
				new Page("omgang-oversikt", open, data.admin()),
				new Page("svar-omrade", open + "/omraden/GENERAL", data.admin()),
				new Page("svar-omrade-avslutad", "/omgangar/" + data.completed() + "/omraden/GENERAL", data.admin()));
	}

	List<Page> roundAdminPages(Data data) {
		String round = "/omgangar/" + data.individual();
		String done = "/omgangar/" + data.completed();
		return List.of(new Page("omgang-deltagare", round + "/deltagare", data.admin()),
				new Page("omgang-spridning", round + "/spridning", data.admin()),
				new Page("omgang-installningar", round + "/installningar", data.admin()),
				new Page("omgang-avsluta", round + "/avsluta", data.admin()),
				new Page("omgang-historik", round + "/historik", data.admin()),
				new Page("omgang-ateroppna", done + "/ateroppna", data.admin()));
	}

	List<Page> summaryPages(Data data) {
		String done = "/omgangar/" + data.completed() + "/sammanfattning";
		return List.of(new Page("sammanfattning", done, data.admin()),
				new Page("sammanfattning-lanet", done + "?jamforelse=lanet", data.admin()),
				new Page("sammanfattning-individuell", "/omgangar/" + data.individual() + "/sammanfattning", data.admin()));
	}

	List<Page> actionPlanPages(Data data) {
		String item = "/handlingsplan/punkter/" + data.item();
		return List.of(new Page("handlingsplan-forslag", "/omgangar/" + data.open() + "/forslag", data.admin()),
				new Page("handlingsplan-ny", "/omgangar/" + data.open() + "/handlingsplan/ny", data.admin()),
				new Page("handlingsplan-lista", "/handlingsplan/" + CODE, data.admin()),
				new Page("handlingsplan-tavla", "/handlingsplan/" + CODE + "/tavla", data.admin()),
				new Page("handlingsplan-atgard", item, data.admin()),
				new Page("handlingsplan-andra", item + "/andra", data.admin()),
				new Page("handlingsplan-uppfoljning", "/uppfoljning/" + CODE, data.admin()));
	}

	List<Page> unitPages(Data data) {
		return List.of(new Page("enheter", "/organisationer/" + CODE + "/enheter", data.admin()));
	}

	/**
	 * The network pages as the owner, as a consenting member sees them in a summary, and as an invited
	 * organisation that has not answered (the invitation-only view); and the units side by side.
	 */
	List<Page> networkPages(Data data) {
		String network = "/natverk/" + data.network();
		return List.of(new Page("natverk-organisation", "/organisationer/" + CODE + "/natverk", data.admin()),
				new Page("natverk-hantera", network + "/hantera", data.admin()),
				new Page("natverk-resultat", network, data.admin()),
				new Page("sammanfattning-natverk",
						"/omgangar/" + data.completed() + "/sammanfattning?jamforelse=natverk-" + data.network(), data.admin()),
				new Page("enheter-jamforelse", "/organisationer/" + CODE + "/enheter/jamforelse", data.admin()),
				new Page("natverk-inbjudan", "/organisationer/" + NETWORK_INVITED + "/natverk", data.invited()),
				new Page("natverk-bara-inbjudan", network, data.invited()));
	}

	/**
	 * The pages with download links: a summary (the round's files, with the comparison chosen) and a model
	 * version (the blank questionnaire). The files themselves are checked by the export tests.
	 */
	List<Page> exportPages(Data data) {
		return List.of(
				new Page("ladda-ner-sammanfattning", "/omgangar/" + data.completed() + "/sammanfattning?jamforelse=riket#downloads",
						data.admin()),
				new Page("ladda-ner-fragor", "/modeller/" + TestRounds.MODEL + "/1.0.0", data.admin()));
	}

	/** One refused post of each kind of form; extend with new features' forms. */
	List<RefusedPost> refusedPosts(Data data) {
		TestUser admin = data.admin();
		return List.of(new RefusedPost("logga-in-fel", "/logga-in", null, (d) -> {
			d.findElement(By.id("username")).sendKeys("finns.inte");
			d.findElement(By.id("password")).sendKeys("helt fel lösenord här");
			submit(d, "main form button[type=submit]");
		}), new RefusedPost("omgang-ny-fel", "/omgangar/ny", admin, (d) -> submit(d, "#start-form button[type=submit]")),
				new RefusedPost("enheter-fel", "/organisationer/" + CODE + "/enheter", admin,
						(d) -> submit(d, "main form button[type=submit]")),
				new RefusedPost("konto-losenord-fel", "/konto/losenord", admin, (d) -> {
					d.findElement(By.id("currentPassword")).sendKeys("fel");
					submit(d, "main form button[type=submit]");
				}),
				new RefusedPost("inbjudan-ny-fel", "/organisation/" + CODE + "/inbjudningar/ny", admin,
						(d) -> submit(d, "main form button[type=submit]")),
				new RefusedPost("omgang-deltagare-fel", "/omgangar/" + data.individual() + "/deltagare", admin,
						(d) -> submit(d, "form[action$='/deltagare'] button[type=submit]")),
				new RefusedPost("omgang-spridning-fel", "/omgangar/" + data.individual() + "/spridning", admin,
						(d) -> submit(d, "#c-" + GENERAL_INDICATOR + " form button[type=submit]")),
				new RefusedPost("omgang-ateroppna-fel", "/omgangar/" + data.completed() + "/ateroppna", admin,
						(d) -> submit(d, "main form button[type=submit]")),
				new RefusedPost("svar-fel", "/omgangar/" + data.open() + "/omraden/GENERAL", admin, (d) -> {
					d.findElement(By.id("lank-" + OTHER_GENERAL_INDICATOR)).sendKeys("ftp://example.se");
					submit(d, "main form button.govuk-button[type=submit]");
				}),
				new RefusedPost("handlingsplan-ny-fel", "/omgangar/" + data.open() + "/handlingsplan/ny", admin,
						(d) -> submit(d, "main form button[type=submit]")),
				new RefusedPost("modell-ladda-upp-fel", "/modeller/ladda-upp", data.systemAdmin(), (d) -> {
					d.findElement(By.id("document")).sendKeys("key: Trasig\n");
					submit(d, "main form button[type=submit]");
				}), new RefusedPost("natverk-ny-fel", "/organisationer/" + CODE + "/natverk", admin,
						(d) -> submit(d, "main form[action$='/natverk'] button[type=submit]")),
				new RefusedPost("natverk-bjud-in-fel", "/natverk/" + data.network() + "/hantera", admin, (d) -> {
					d.findElement(By.id("organisationCode")).sendKeys("9999");
					submit(d, "main form[action$='/medlemmar'] button[type=submit]");
				}), new RefusedPost("natverk-samordnare-fel", "/natverk/" + data.network() + "/hantera", admin,
						(d) -> submit(d, "main form[action$='/samordnare'] button[type=submit]")));
	}

	private Data data() {
		RestTestClient http = RestTestClient.bindToServer().baseUrl(this.users.baseUrl()).build();
		TestUser admin = this.users.orgAdmin(CODE);
		TestUser member = this.users.participant(CODE);
		TestUser staff = this.users.participant(CODE);
		long first = TestRounds.group(http, admin, CODE);
		TestRounds.answer(http, admin, first, GENERAL_INDICATOR, 1);
		TestRounds.answer(http, admin, first, ELDERLY_INDICATOR, 2);
		TestRounds.complete(http, admin, first);
		long completed = TestRounds.group(http, admin, CODE);
		TestRounds.answer(http, admin, completed, GENERAL_INDICATOR, 3);
		TestRounds.answer(http, admin, completed, OTHER_GENERAL_INDICATOR, 4);
		TestRounds.answer(http, admin, completed, ELDERLY_INDICATOR, 2);
		TestRounds.complete(http, admin, completed);
		long open = TestRounds.group(http, admin, CODE);
		TestRounds.answer(http, admin, open, GENERAL_INDICATOR, 2);
		http.put().uri("/api/v1/assessments/{id}/answers/{k}", open, ELDERLY_INDICATOR).headers(admin.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("answer", "DONT_KNOW")).exchange().expectStatus().isOk();
		long item = TestPlans.item(http, admin, open, TestPlans.body("Ta fram en digitaliseringsstrategi", GENERAL_INDICATOR));
		long individual = TestRounds.individual(http, admin, CODE);
		TestRounds.addParticipant(http, admin, individual, member, "Ledning");
		TestRounds.addParticipant(http, admin, individual, staff, "Medarbetare");
		TestRounds.answer(http, member, individual, GENERAL_INDICATOR, 4);
		TestRounds.answer(http, staff, individual, GENERAL_INDICATOR, 1);
		TestRounds.answer(http, member, individual, OTHER_GENERAL_INDICATOR, 2);
		TestRounds.answer(http, staff, individual, OTHER_GENERAL_INDICATOR, 3);
		TestUser avesta = this.users.orgAdmin(NETWORK_MEMBER);
		long avestaRound = TestRounds.group(http, avesta, NETWORK_MEMBER);
		TestRounds.answer(http, avesta, avestaRound, GENERAL_INDICATOR, 1);
		TestRounds.answer(http, avesta, avestaRound, ELDERLY_INDICATOR, 4);
		TestRounds.complete(http, avesta, avestaRound);
		long network = TestNetworks.create(http, admin, "Tillgänglighetsnätverket");
		TestNetworks.invite(http, admin, network, NETWORK_MEMBER);
		TestNetworks.invite(http, admin, network, NETWORK_INVITED);
		TestNetworks.consent(http, avesta, network, true);
		unitsSideBySide(http, admin);
		return new Data(admin, this.users.systemAdmin(), member, completed, open, individual, item, network,
				this.users.orgAdmin(NETWORK_INVITED));
	}

	/**
	 * Two units with a completed round each, for the units side by side; made once, though both test
	 * factories ask for the data.
	 */
	private void unitsSideBySide(RestTestClient http, TestUser admin) {
		List<?> existing = http.get().uri("/api/v1/organisations/{code}/units", CODE).headers(admin.bearer()).exchange()
			.expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
		if (existing != null && !existing.isEmpty()) {
			return;
		}
		int level = 1;
		for (String name : List.of("Individ- och familjeomsorgen", "Äldreomsorgen")) {
			Map<?, ?> unit = http.post().uri("/api/v1/organisations/{code}/units", CODE).headers(admin.bearer())
				.contentType(MediaType.APPLICATION_JSON).body(Map.of("name", name)).exchange().expectStatus().isCreated()
				.expectBody(Map.class).returnResult().getResponseBody();
			long round = TestRounds.start(http, admin, Map.of("organisationCode", CODE, "unitId", unit.get("id"), "modelKey",
					TestRounds.MODEL, "title", "Omgång för " + name, "mode", "GROUP"));
			TestRounds.answer(http, admin, round, GENERAL_INDICATOR, level);
			TestRounds.answer(http, admin, round, ELDERLY_INDICATOR, 4 - level);
			TestRounds.complete(http, admin, round);
			level += 2;
		}
	}

	private static void submit(ChromeDriver driver, String selector) {
		WebElement element = driver.findElement(By.cssSelector(selector));
		element.click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(element));
	}

	/** Signs in on the desktop window only when the person changes (a visitor has no session). */
	static final class Session {

		private final Browser browser;

		private @Nullable TestUser current;

		private boolean started;

		Session(Browser browser) {
			this.browser = browser;
		}

		ChromeDriver as(@Nullable TestUser user) {
			ChromeDriver driver = this.browser.desktop();
			if (this.started && (user == null ? this.current == null : user.equals(this.current))) {
				return driver;
			}
			if (user == null) {
				this.browser.signOut();
			}
			else {
				this.browser.signIn(driver, user.username(), user.password());
			}
			this.current = user;
			this.started = true;
			return driver;
		}

	}

}

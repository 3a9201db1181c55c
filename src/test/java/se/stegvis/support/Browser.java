package se.stegvis.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every page test does in a real browser: visit a page at 1280 px and at 390 px, run axe-core
 * (WCAG 2.0 and 2.1, A and AA), take full-page screenshots under {@code target/screenshots/}, and check
 * that the page has exactly one h1 and never scrolls sideways.
 */
public final class Browser {

	static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final BrowserDrivers drivers;

	private final String baseUrl;

	Browser(BrowserDrivers drivers, String baseUrl) {
		this.drivers = drivers;
		this.baseUrl = baseUrl;
	}

	public String url(String path) {
		return this.baseUrl + path;
	}

	/** The desktop window (1280 px), for journeys that click and type. */
	public ChromeDriver desktop() {
		return this.drivers.desktop();
	}

	/** The phone (390 px, mobile emulation). */
	public ChromeDriver mobile() {
		return this.drivers.mobile();
	}

	/**
	 * A new 1280 px window with JavaScript turned off (a plain form post journey); quit it when done, it
	 * is not shared.
	 */
	public ChromeDriver withoutJavaScript() {
		return BrowserDrivers.startWithoutJavaScript();
	}

	/**
	 * Signs in on both windows (desktop and phone) through the sign-in form, after signing out whoever was
	 * signed in: the windows are shared by every browser test of the run.
	 */
	public void signIn(TestUser user) {
		signIn(desktop(), user.username(), user.password());
		signIn(mobile(), user.username(), user.password());
	}

	/** Signs in on one window; fails when the sign-in page is shown again. */
	public void signIn(ChromeDriver driver, String username, String password) {
		forget(driver);
		driver.get(url("/logga-in"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until((d) -> !d.getCurrentUrl().endsWith("/logga-in"));
		assertThat(driver.getCurrentUrl()).as("signed in as %s: %s", username,
				driver.findElements(By.cssSelector(".govuk-error-summary")).stream().map((e) -> e.getText()).toList())
			.doesNotContain("/logga-in");
	}

	/** Forgets the session on both windows (a fresh visitor). */
	public void signOut() {
		forget(desktop());
		forget(mobile());
	}

	private static void forget(ChromeDriver driver) {
		driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
	}

	/**
	 * Visits {@code path} at both widths and asserts the page is accessible (no axe violation), has one h1
	 * and no sideways scrolling; saves {@code name-desktop.png} and {@code name-mobile.png}.
	 */
	public void checkPage(String path, String name) {
		check(desktop(), path, name + "-desktop");
		check(mobile(), path, name + "-mobile");
	}

	/** Runs the same checks on whatever page the driver shows now (e.g. after a form post). */
	public void checkCurrentPage(ChromeDriver driver, String name) {
		assertAccessible(driver, name);
		assertThat(driver.findElements(By.tagName("h1"))).as("exactly one h1 on %s", name).hasSize(1);
		Long overflow = (Long) driver.executeScript(
				"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow).as("sideways scrolling on %s (px too wide); elements past the right edge: %s", name,
				overflow > 0 ? tooWide(driver) : "").isLessThanOrEqualTo(0L);
		screenshot(driver, name);
	}

	/** The innermost elements that stick out past the right edge of the viewport, to say what to fix. */
	private static Object tooWide(ChromeDriver driver) {
		return driver.executeScript("var w = document.documentElement.clientWidth, out = [];"
				+ "document.querySelectorAll('body *').forEach(function (e) {"
				+ "  var r = e.getBoundingClientRect();"
				+ "  if (r.right > w + 1 && !Array.from(e.children).some(function (c) { return c.getBoundingClientRect().right > w + 1; })) {"
				+ "    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className + ' (' + Math.round(r.right) + ')');"
				+ "  }"
				+ "});"
				+ "return out.slice(0, 10).join(', ');");
	}

	private void check(ChromeDriver driver, String path, String name) {
		driver.get(url(path));
		if (!path.startsWith("/logga-in")) {
			assertThat(driver.getCurrentUrl()).as("%s was checked, not the sign-in page it redirected to (sign in first)", path)
				.doesNotContain("/logga-in");
		}
		checkCurrentPage(driver, name);
	}

	private static void assertAccessible(ChromeDriver driver, String name) {
		Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
		assertThat(results.isErrored()).as("axe ran on %s: %s", name, results.getErrorMessage()).isFalse();
		assertThat(results.getViolations()).as("axe violations on %s:%n%s", name, describe(results.getViolations()))
			.isEmpty();
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n    "
					+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget()) + " " + node.getFailureSummary())
						.collect(Collectors.joining("\n    ")))
			.collect(Collectors.joining("\n"));
	}

	private static void screenshot(ChromeDriver driver, String name) {
		Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
		Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight;");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", Math.min(height.intValue(), 16000),
				"scale", 1);
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

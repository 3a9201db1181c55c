package se.stegvis.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's way through Stegvis in a browser, step by step, with a screenshot of each step under
 * {@code target/journeys/NAME/}. With {@code -Dstegvis.guide.screenshots=true} the screenshots go to the
 * user guide instead ({@code docs/anvandarguide/bilder/NAME-STEP.png}), so the guide shows what the
 * journeys prove.
 */
final class Journey {

	static final String GUIDE_PROPERTY = "stegvis.guide.screenshots";

	static final Path GUIDE_PICTURES = Path.of("docs", "anvandarguide", "bilder");

	/** Tall pages are cut here: a screenshot shows the top of a page, not a scroll of several metres. */
	private static final int MAX_HEIGHT = 2400;

	/** The guide's pictures are shorter still, to keep the repository small. */
	private static final int GUIDE_MAX_HEIGHT = 1400;

	private final String name;

	private int step;

	Journey(String name) {
		this.name = name;
	}

	/** Saves what the window shows now (the whole page, up to {@value #MAX_HEIGHT} px, {@value #GUIDE_MAX_HEIGHT} for the guide) as the next step. */
	void screenshot(ChromeDriver driver, String stepName) {
		shoot(driver, stepName, 0);
	}

	/**
	 * Like {@link #screenshot(ChromeDriver, String)}, but from a little above {@code from}: for what a person
	 * looks for far down a long page (the download links at the end of a summary).
	 */
	void screenshot(ChromeDriver driver, String stepName, WebElement from) {
		Number top = (Number) driver.executeScript(
				"return Math.max(0, arguments[0].getBoundingClientRect().top + window.scrollY - 120);", from);
		shoot(driver, stepName, top.intValue());
	}

	private void shoot(ChromeDriver driver, String stepName, int top) {
		this.step++;
		Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
		Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight;");
		boolean guide = Boolean.getBoolean(GUIDE_PROPERTY);
		Map<String, Object> clip = Map.of("x", 0, "y", top, "width", width, "height",
				Math.min(height.intValue() - top, guide ? GUIDE_MAX_HEIGHT : MAX_HEIGHT), "scale", 1);
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		Path file = guide ? GUIDE_PICTURES.resolve(this.name + "-" + stepName + ".png")
				: Path.of("target", "journeys", this.name, String.format("%02d-%s.png", this.step, stepName));
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Presses a form's button and waits until the answer has replaced the page. */
	static void submit(ChromeDriver driver, String selector) {
		WebElement element = driver.findElement(By.cssSelector(selector));
		element.click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(element));
	}

	/** Follows a link (by its address's end) and waits for the next page. */
	static void follow(ChromeDriver driver, String hrefEnd) {
		submit(driver, "main a[href$='" + hrefEnd + "']");
	}

	static WebDriverWait waiting(ChromeDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(15));
	}

}

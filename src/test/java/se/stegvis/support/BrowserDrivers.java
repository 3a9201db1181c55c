package se.stegvis.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver, started once per test run: one window at 1280 px and one emulating a
 * 390 px phone. The paths are given explicitly so that Selenium Manager never tries a download.
 */
final class BrowserDrivers implements AutoCloseable {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("STEGVIS_CHROMIUM", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("STEGVIS_CHROMEDRIVER", "/usr/bin/chromedriver"));

	static final int DESKTOP_WIDTH = 1280;

	static final int MOBILE_WIDTH = 390;

	private final ChromeDriver desktop;

	private final ChromeDriver mobile;

	BrowserDrivers() {
		this.desktop = start(false);
		this.mobile = start(true);
	}

	static boolean installed() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	ChromeDriver desktop() {
		return this.desktop;
	}

	ChromeDriver mobile() {
		return this.mobile;
	}

	/**
	 * A new desktop window with JavaScript turned off, for journeys that prove a page works with plain
	 * form posts; the caller quits it.
	 */
	static ChromeDriver startWithoutJavaScript() {
		return start(false, false);
	}

	private static ChromeDriver start(boolean mobile) {
		return start(mobile, true);
	}

	private static ChromeDriver start(boolean mobile, boolean javaScript) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--disable-extensions", "--lang=sv-SE", "--force-device-scale-factor=1",
				"--hide-scrollbars", "--window-size=" + DESKTOP_WIDTH + ",900");
		if (mobile) {
			options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
					Map.of("width", MOBILE_WIDTH, "height", 844, "pixelRatio", 1.0, "touch", true)));
		}
		if (!javaScript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		return driver;
	}

	@Override
	public void close() {
		this.desktop.quit();
		this.mobile.quit();
	}

}

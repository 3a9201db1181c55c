package se.stegvis.support;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives browser tests a {@link Browser} bound to the application's random port. Without Chromium the
 * tests skip with a clear message on a developer's machine and fail in CI.
 */
public class BrowserExtension implements BeforeAllCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		if (BrowserDrivers.installed()) {
			return;
		}
		String message = "Chromium or ChromeDriver missing at " + BrowserDrivers.CHROMIUM + " / "
				+ BrowserDrivers.CHROMEDRIVER + " (apt-get install chromium chromium-driver)";
		if (Ci.isCi()) {
			throw new IllegalStateException(message + "; CI=true requires the browser tests.");
		}
		Assumptions.abort(message + "; skipping " + context.getDisplayName());
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		BrowserDrivers drivers = context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(BrowserDrivers.class, (key) -> new BrowserDrivers(), BrowserDrivers.class);
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
		return new Browser(drivers, "http://localhost:" + port);
	}

}

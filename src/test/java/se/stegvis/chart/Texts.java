package se.stegvis.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;

/** {@link ChartTexts} from the real message bundles, as a page would make them. */
final class Texts {

	private Texts() {
	}

	static ChartTexts swedish() {
		return from("i18n/chart.properties");
	}

	static ChartTexts english() {
		return from("i18n/chart_en.properties");
	}

	private static ChartTexts from(String resource) {
		Properties bundle = new Properties();
		try (InputStream in = Objects.requireNonNull(Texts.class.getClassLoader().getResourceAsStream(resource),
				resource)) {
			bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ChartTexts.from((key) -> Objects.requireNonNull(bundle.getProperty(key), key));
	}

}

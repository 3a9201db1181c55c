package se.stegvis.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** GOV.UK's GDS Transport font may only be used by GOV.UK: the build must have rewritten it away. */
class WebFontRewriteTest {

	@Test
	void govukStylesheetNamesNoGdsTransportFont() throws IOException {
		String css = read("static/vendor/govuk/govuk-frontend.min.css");
		assertThat(css).doesNotContainIgnoringCase("GDS Transport")
			.doesNotContain("/assets/fonts/")
			.contains("font-family:system-ui");
	}

	private static String read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}

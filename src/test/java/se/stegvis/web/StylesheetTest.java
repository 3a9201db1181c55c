package se.stegvis.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stegvis' own stylesheet is written by hand by several features: one unclosed rule silently swallows every
 * rule after it (a browser drops them without a word), so the braces must pair up.
 */
class StylesheetTest {

	@Test
	void everyRuleOfTheStylesheetIsClosed() throws IOException {
		String css = Files.readString(Path.of("src/main/resources/static/css/stegvis.css"), StandardCharsets.UTF_8)
			.replaceAll("(?s)/\\*.*?\\*/", "");
		int depth = 0;
		int line = 1;
		for (char c : css.toCharArray()) {
			if (c == '\n') {
				line++;
			}
			else if (c == '{') {
				depth++;
				assertThat(depth).as("rule opened inside another rule's body near line %d", line).isLessThanOrEqualTo(2);
			}
			else if (c == '}') {
				depth--;
				assertThat(depth).as("closing brace without a rule near line %d", line).isGreaterThanOrEqualTo(0);
			}
		}
		assertThat(depth).as("unclosed rules at the end").isZero();
	}

}

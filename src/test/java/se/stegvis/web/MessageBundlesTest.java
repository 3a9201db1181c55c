package se.stegvis.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-facing text comes from the message bundles: Swedish (the base bundle) and English have the
 * same keys, every key a template names exists, and no template carries text of its own.
 */
class MessageBundlesTest {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Path TEMPLATES = RESOURCES.resolve("templates");

	/** {@code #{key}} and {@code #{'prefix.' + ${x}}}: the literal key, or the literal prefix of a computed one. */
	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{'?([a-zA-Z0-9_.-]+)('|\\}|\\()");

	private static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*)<");

	private static final Pattern LITERAL_ATTRIBUTE = Pattern
		.compile("\\s(?:aria-label|title|alt|placeholder|label)=\"([^\"]*\\p{L}[^\"]*)\"");

	@Test
	void swedishAndEnglishBundlesHaveTheSameKeys() {
		for (String basename : basenames()) {
			Set<String> swedish = load(basename + ".properties").stringPropertyNames();
			Set<String> english = load(basename + "_en.properties").stringPropertyNames();
			assertThat(new TreeSet<>(english)).as("keys of %s_en.properties", basename).isEqualTo(new TreeSet<>(swedish));
		}
	}

	@Test
	void everyMessageKeyInATemplateExists() throws IOException {
		Properties all = new Properties();
		basenames().forEach((b) -> all.putAll(load(b + ".properties")));
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher m = MESSAGE_KEY.matcher(Files.readString(template));
			while (m.find()) {
				String key = m.group(1);
				boolean prefix = "'".equals(m.group(2));
				boolean found = prefix ? all.stringPropertyNames().stream().anyMatch((k) -> k.startsWith(key))
						: all.containsKey(key);
				if (!found) {
					missing.add(TEMPLATES.relativize(template) + ": " + key);
				}
			}
		}
		assertThat(missing).as("message keys used in templates but missing in the bundles").isEmpty();
	}

	@Test
	void templatesHoldNoTextOfTheirOwn() throws IOException {
		List<String> hardCoded = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
			for (String element : html.split("(?=<)")) {
				Matcher text = TEXT_NODE.matcher(element + "<");
				boolean replaced = element.contains("th:text") || element.contains("th:utext")
						|| element.startsWith("<script") || element.startsWith("<style") || element.startsWith("<title");
				if (text.find() && !replaced && hasWords(text.group(1))) {
					hardCoded.add(TEMPLATES.relativize(template) + ": \"" + text.group(1).strip() + "\"");
				}
			}
			Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
			while (attribute.find()) {
				hardCoded.add(TEMPLATES.relativize(template) + ": attribute \"" + attribute.group(1) + "\"");
			}
		}
		assertThat(hardCoded).as("texts written into templates instead of the message bundles").isEmpty();
	}

	private static boolean hasWords(String text) {
		String withoutExpressions = text.replaceAll("\\[\\[.*?]]|\\[\\(.*?\\)]", "").strip();
		return withoutExpressions.matches("(?s).*\\p{L}{2,}.*") && !withoutExpressions.equals("Stegvis")
				&& !withoutExpressions.matches("English|Svenska");
	}

	static List<String> basenames() {
		Properties application = load("application.properties");
		return Stream.of(application.getProperty("spring.messages.basename").split(",")).map(String::strip).toList();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((p) -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(String path) {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(Files.newInputStream(RESOURCES.resolve(path)), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
		return properties;
	}

}

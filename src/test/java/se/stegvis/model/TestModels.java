package se.stegvis.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The small, complete test model ({@code src/test/resources/models/testmodell-1.0.0.yaml}) as bytes and as
 * a mutable tree to break on purpose, and the model bundles for checking messages.
 */
public final class TestModels {

	public static final String KEY = "testmodell";

	public static final String FILE = "models/testmodell-1.0.0.yaml";

	public static final String ORGANISATION_FILE = "models/stegvis-organisation-1.0.0.yaml";

	public static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TestModels() {
	}

	public static byte[] yaml() {
		return resource(FILE);
	}

	public static byte[] resource(String path) {
		try (InputStream in = TestModels.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("no resource " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A fresh, mutable tree of the test model. */
	public static ObjectNode tree() {
		return (ObjectNode) YAML.readTree(yaml());
	}

	/** The test model under another version. */
	public static ObjectNode tree(String version) {
		ObjectNode tree = tree();
		tree.put("version", version);
		return tree;
	}

	public static byte[] json(JsonNode tree) {
		return JSON.writeValueAsBytes(tree);
	}

	public static byte[] yaml(JsonNode tree) {
		return YAML.writeValueAsBytes(tree);
	}

	public static ObjectNode indicator(ObjectNode tree, int index) {
		return (ObjectNode) tree.get("indicators").get(index);
	}

	public static ObjectNode activity(ObjectNode tree, int indicator, int activity) {
		return (ObjectNode) indicator(tree, indicator).get("activities").get(activity);
	}

	public static ArrayNode array(ObjectNode tree, String field) {
		return (ArrayNode) tree.get(field);
	}

	/** The model's message bundles (Swedish base, English), as the application resolves them. */
	public static MessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/model");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}

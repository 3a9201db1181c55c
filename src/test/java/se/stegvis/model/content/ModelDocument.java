package se.stegvis.model.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;

/** A built-in model document read as a plain tree, for tests of its content (not of the engine). */
record ModelDocument(JsonNode root) {

	static ModelDocument load(String classpathLocation) {
		try (InputStream in = new ClassPathResource(classpathLocation).getInputStream()) {
			return new ModelDocument(YAMLMapper.builder().build().readTree(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<JsonNode> indicators() {
		return list(this.root.path("indicators"));
	}

	int maxLevel() {
		List<JsonNode> levels = list(this.root.path("scale").path("levels"));
		return levels.get(levels.size() - 1).path("level").asInt();
	}

	static List<JsonNode> list(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).toList();
	}

	/** Every text map ({sv, en}) in the document, with its path, for checks that all texts have both languages. */
	List<Text> texts() {
		List<Text> texts = new ArrayList<>();
		collect(this.root, "", texts);
		return texts;
	}

	private static void collect(JsonNode node, String path, List<Text> texts) {
		if (node.isObject() && node.has("sv")) {
			texts.add(new Text(path, node.path("sv").asString(""), node.path("en").asString("")));
			return;
		}
		if (node.isObject()) {
			node.properties().forEach((e) -> collect(e.getValue(), path + "." + e.getKey(), texts));
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				collect(node.get(i), path + "[" + i + "]", texts);
			}
		}
	}

	record Text(String path, String sv, String en) {
	}

}

package se.stegvis.model.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import se.stegvis.model.LocalizedText;

/**
 * One object of a raw document tree, read leniently: every getter returns what is there (or null) and
 * reports to {@link Problems} what does not fit, with the field's path, so that a whole document can be
 * checked in one pass. An explicit {@code null} counts as absent.
 */
final class RawObject {

	static final Pattern ELEMENT_KEY = Pattern.compile("[A-Z0-9_-]+");

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

	private final @Nullable JsonNode node;

	private final String path;

	private final Problems problems;

	private RawObject(@Nullable JsonNode node, String path, Problems problems) {
		this.node = node;
		this.path = path;
		this.problems = problems;
	}

	/** Reads {@code node} as an object with the given fields; anything else is reported. */
	static RawObject of(JsonNode node, String path, Problems problems, Set<String> allowed) {
		if (!node.isObject()) {
			problems.add(path, "model.problem.notObject");
			return new RawObject(null, path, problems);
		}
		for (String name : node.propertyNames()) {
			if (!allowed.contains(name)) {
				problems.add(Problems.field(path, name), "model.problem.unknownField", name,
						allowed.stream().sorted().collect(Collectors.joining(", ")));
			}
		}
		return new RawObject(node, path, problems);
	}

	String path() {
		return this.path;
	}

	String path(String field) {
		return Problems.field(this.path, field);
	}

	/** Whether the object is an object at all (a non-object was reported already). */
	boolean valid() {
		return this.node != null;
	}

	@Nullable JsonNode raw(String field) {
		if (this.node == null) {
			return null;
		}
		JsonNode value = this.node.get(field);
		return (value == null || value.isNull()) ? null : value;
	}

	boolean has(String field) {
		return raw(field) != null;
	}

	private @Nullable JsonNode present(String field, boolean required) {
		JsonNode value = raw(field);
		if (value == null && required && this.node != null) {
			this.problems.add(path(field), "model.problem.required");
		}
		return value;
	}

	@Nullable String string(String field, boolean required) {
		JsonNode value = present(field, required);
		if (value == null) {
			return null;
		}
		if (!value.isString()) {
			this.problems.add(path(field), "model.problem.notText");
			return null;
		}
		if (value.stringValue().isBlank()) {
			this.problems.add(path(field), "model.problem.blank");
			return null;
		}
		return value.stringValue();
	}

	/** A key of an element: reported when malformed, but returned, so that references to it still resolve. */
	@Nullable String key(String field, boolean required) {
		String key = string(field, required);
		if (key != null && !ELEMENT_KEY.matcher(key).matches()) {
			this.problems.add(path(field), "model.problem.key", key);
		}
		return key;
	}

	@Nullable Integer integer(String field, boolean required) {
		JsonNode value = present(field, required);
		if (value == null) {
			return null;
		}
		if (!value.isIntegralNumber() || !value.canConvertToInt()) {
			this.problems.add(path(field), "model.problem.notInteger", value.asString());
			return null;
		}
		return value.intValue();
	}

	@Nullable BigDecimal number(String field, boolean required) {
		JsonNode value = present(field, required);
		if (value == null) {
			return null;
		}
		if (!value.isNumber()) {
			this.problems.add(path(field), "model.problem.notNumber", value.asString());
			return null;
		}
		return value.decimalValue();
	}

	@Nullable Boolean bool(String field) {
		JsonNode value = present(field, false);
		if (value == null) {
			return null;
		}
		if (!value.isBoolean()) {
			this.problems.add(path(field), "model.problem.notBoolean", value.asString());
			return null;
		}
		return value.booleanValue();
	}

	@SafeVarargs
	final <E extends Enum<E>> @Nullable E enumValue(String field, boolean required, E... allowed) {
		String name = string(field, required);
		if (name == null) {
			return null;
		}
		for (E value : allowed) {
			if (value.name().equals(name)) {
				return value;
			}
		}
		this.problems.add(path(field), "model.problem.enum", name,
				Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(", ")));
		return null;
	}

	@Nullable LocalizedText text(String field, boolean required) {
		JsonNode value = present(field, required);
		return value == null ? null : text(value, path(field), this.problems);
	}

	/** A text {@code {sv: "…", en: "…"}} at {@code path}; null when it is not a usable text. */
	static @Nullable LocalizedText text(JsonNode value, String path, Problems problems) {
		if (!value.isObject()) {
			problems.add(path, "model.problem.notLocalizedText");
			return null;
		}
		Map<String, String> texts = new LinkedHashMap<>();
		boolean usable = true;
		for (Map.Entry<String, JsonNode> entry : value.properties()) {
			String language = entry.getKey();
			String languagePath = Problems.field(path, language);
			JsonNode text = entry.getValue();
			if (!LANGUAGE.matcher(language).matches()) {
				problems.add(languagePath, "model.problem.language", language);
				usable = false;
			}
			else if (text == null || !text.isString()) {
				problems.add(languagePath, "model.problem.notText");
				usable = false;
			}
			else if (text.stringValue().isBlank()) {
				problems.add(languagePath, "model.problem.blank");
				usable = false;
			}
			else {
				texts.put(language, text.stringValue());
			}
		}
		if (!value.has(LocalizedText.SWEDISH)) {
			problems.add(Problems.field(path, LocalizedText.SWEDISH), "model.problem.missingSwedish");
			usable = false;
		}
		return usable ? new LocalizedText(texts) : null;
	}

	/** The elements of a list field, each with its path; empty when the field is absent or not a list. */
	List<Element> list(String field, boolean required) {
		JsonNode value = present(field, required);
		List<Element> elements = new ArrayList<>();
		if (value == null) {
			return elements;
		}
		if (!value.isArray()) {
			this.problems.add(path(field), "model.problem.notArray");
			return elements;
		}
		int i = 0;
		for (JsonNode element : value.values()) {
			elements.add(new Element(element, Problems.index(path(field), i++)));
		}
		return elements;
	}

	/** One element of a list and where it is. */
	record Element(JsonNode node, String path) {

		RawObject object(Problems problems, Set<String> allowed) {
			return RawObject.of(this.node, this.path, problems, allowed);
		}

	}

}

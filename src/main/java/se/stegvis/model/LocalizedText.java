package se.stegvis.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A user-facing text of a model in several languages: language code ({@code sv}, {@code en}) → text. A
 * validated model has Swedish in every text; other languages are optional and fall back to Swedish.
 *
 * @param texts the texts by language, in document order (Swedish first in the built-in models)
 */
public record LocalizedText(Map<String, String> texts) {

	/** The language every text must have. */
	public static final String SWEDISH = "sv";

	public LocalizedText {
		Objects.requireNonNull(texts, "texts");
		texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
	}

	public static LocalizedText of(String sv) {
		return new LocalizedText(Map.of(SWEDISH, sv));
	}

	public static LocalizedText of(String sv, String en) {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put(SWEDISH, sv);
		texts.put("en", en);
		return new LocalizedText(texts);
	}

	/** The Swedish text; empty only in a text that was never validated. */
	public String sv() {
		return this.texts.getOrDefault(SWEDISH, "");
	}

	/** The text in the locale's language, or the Swedish text when that language is missing. */
	public String text(Locale locale) {
		String text = this.texts.get(locale.getLanguage());
		return (text == null || text.isBlank()) ? sv() : text;
	}

	/** The text in one language exactly, without fallback. */
	public @Nullable String get(String language) {
		return this.texts.get(language);
	}

	@Override
	public String toString() {
		return sv();
	}

}

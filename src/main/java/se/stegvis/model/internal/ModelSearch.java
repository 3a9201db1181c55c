package se.stegvis.model.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import se.stegvis.model.Activity;
import se.stegvis.model.AssessmentModel;
import se.stegvis.model.Indicator;
import se.stegvis.model.LocalizedText;

/**
 * Free-text search in one model: indicator texts, help, level descriptors and activity titles and
 * descriptions, in the reader's language. Case does not matter and every word must occur; letters are
 * compared as Swedish readers see them: å, ä and ö are letters of their own, so "aldre" does not find
 * "äldre", while "ÄLDRE" does.
 */
@Component
class ModelSearch {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	/**
	 * An indicator that matched, with where: its statement, its help, and the activities that matched.
	 */
	public record Hit(Indicator indicator, boolean inText, boolean inHelp, List<Activity> activities) {
	}

	/** The indicators where every word of the query occurs, in model order; empty for a blank query. */
	List<Hit> search(AssessmentModel model, String query, Locale locale) {
		List<String> words = Stream.of(fold(query).split("\\s+")).filter((w) -> !w.isEmpty()).toList();
		List<Hit> hits = new ArrayList<>();
		if (words.isEmpty()) {
			return hits;
		}
		for (Indicator indicator : model.indicators()) {
			String text = fold(indicator.text(), locale);
			String help = fold(indicator.help(), locale);
			List<String> activityTexts = indicator.activities()
				.stream()
				.map((a) -> fold(a.title(), locale) + "\n" + fold(a.description(), locale))
				.toList();
			String levels = String.join("\n", indicator.levels().values().stream().map((t) -> fold(t, locale)).toList());
			String all = String.join("\n", text, help, levels, String.join("\n", activityTexts));
			if (words.stream().allMatch(all::contains)) {
				List<Activity> activities = new ArrayList<>();
				for (int i = 0; i < activityTexts.size(); i++) {
					String activity = activityTexts.get(i);
					if (words.stream().anyMatch(activity::contains)) {
						activities.add(indicator.activities().get(i));
					}
				}
				hits.add(new Hit(indicator, words.stream().anyMatch(text::contains), words.stream().anyMatch(help::contains),
						activities));
			}
		}
		return hits;
	}

	private static String fold(@Nullable LocalizedText text, Locale locale) {
		return text == null ? "" : fold(text.text(locale));
	}

	/** Composed Unicode (a decomposed ä is the same letter) in Swedish lower case; accents are kept. */
	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(SWEDISH);
	}

}

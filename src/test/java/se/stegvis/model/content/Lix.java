package se.stegvis.model.content;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The LIX readability index (läsbarhetsindex): words per sentence plus the percentage of words longer than
 * six letters. Below 40 is easy, 40–50 plain, above 50 hard.
 */
final class Lix {

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?:]+");

	private Lix() {
	}

	/** LIX over all texts together, each text counting as at least one sentence. */
	static double of(Collection<String> texts) {
		int words = 0;
		int sentences = 0;
		int longWords = 0;
		for (String text : texts) {
			int inText = 0;
			for (String segment : SENTENCE_END.split(text)) {
				if (WORD.matcher(segment).find()) {
					inText++;
				}
			}
			sentences += Math.max(1, inText);
			Matcher word = WORD.matcher(text);
			while (word.find()) {
				words++;
				if (word.group().length() > 6) {
					longWords++;
				}
			}
		}
		return (double) words / sentences + 100.0 * longWords / words;
	}

}

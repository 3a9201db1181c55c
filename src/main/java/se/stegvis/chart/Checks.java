package se.stegvis.chart;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the chart records. */
final class Checks {

	private Checks() {
	}

	/** The text, which must be present and not blank. */
	static String text(String text, String name) {
		Objects.requireNonNull(text, name);
		if (text.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		return text;
	}

	/** A copy of the list, whose size must lie in min..max and whose elements must be non-null. */
	static <T> List<T> sized(List<T> list, int min, int max, String name) {
		List<T> copy = List.copyOf(Objects.requireNonNull(list, name));
		if (copy.size() < min || copy.size() > max) {
			throw new IllegalArgumentException(name + " must hold " + min + ".." + max + " entries, not " + copy.size());
		}
		return copy;
	}

	/** A copy of non-blank labels, their number in min..max. */
	static List<String> labels(List<String> labels, int min, int max, String name) {
		List<String> copy = sized(labels, min, max, name);
		for (int i = 0; i < copy.size(); i++) {
			text(copy.get(i), name + "[" + i + "]");
		}
		return copy;
	}

}

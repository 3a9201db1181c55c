package se.stegvis.assessment;

import org.jspecify.annotations.Nullable;

import se.stegvis.scoring.IndicatorValue;

/** How answers are written in the audit trail: the level, {@code DONT_KNOW} or {@code NOT_APPLICABLE}. */
final class AnswerTexts {

	private static final int MAX = 200;

	private AnswerTexts() {
	}

	static String describe(IndicatorValue value) {
		return value.level() != null ? value.level().toPlainString() : value.kind().name();
	}

	static @Nullable String shorten(@Nullable String text) {
		return text == null || text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…";
	}

}

package se.stegvis.export.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.stegvis.model.Area;
import se.stegvis.model.AssessmentModel;
import se.stegvis.model.Dimension;
import se.stegvis.model.ScaleLevel;
import se.stegvis.scoring.DisplayRounding;
import se.stegvis.scoring.IndicatorValue;

/**
 * Words and figures as the files show them: texts from the bundle {@code i18n/export}, figures rounded half-up to
 * one decimal ({@link DisplayRounding}) with a decimal comma, dates in Swedish time.
 */
@Component
class ExportTexts {

	static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final MessageSource messages;

	ExportTexts(MessageSource messages) {
		this.messages = messages;
	}

	String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	/** One decimal with a decimal comma, e.g. {@code 62,5}; empty for null. */
	static String figure(@Nullable BigDecimal value) {
		BigDecimal rounded = DisplayRounding.oneDecimalOrNull(value);
		return rounded == null ? "" : rounded.toPlainString().replace('.', ',');
	}

	/** A coverage fraction as a whole-number-or-one-decimal percent with a decimal comma, e.g. {@code 87,5 %}. */
	static String percent(BigDecimal fraction) {
		return DisplayRounding.percent(fraction).toPlainString().replace('.', ',') + " %";
	}

	static String day(@Nullable Instant instant) {
		return instant == null ? "" : DAY.format(instant.atZone(SWEDEN));
	}

	static String day(@Nullable LocalDate date) {
		return date == null ? "" : DAY.format(date);
	}

	static String minute(@Nullable Instant instant) {
		return instant == null ? "" : MINUTE.format(instant.atZone(SWEDEN));
	}

	static String area(AssessmentModel model, String key, Locale locale) {
		return model.area(key).map(Area::title).map((t) -> t.text(locale)).orElse(key);
	}

	static String dimension(AssessmentModel model, String key, Locale locale) {
		return model.dimension(key).map(Dimension::title).map((t) -> t.text(locale)).orElse(key);
	}

	/** The label of a whole level, e.g. "Nästan där". */
	static String levelLabel(AssessmentModel model, int level, Locale locale) {
		return model.scale()
			.stream()
			.filter((l) -> l.level() == level)
			.map(ScaleLevel::label)
			.map((t) -> t.text(locale))
			.findFirst()
			.orElse(Integer.toString(level));
	}

	/** An answer in words: "3 – Nästan där", a mean such as "2,5", "Vet ej", "Ej relevant" or "Ej besvarad". */
	String answer(AssessmentModel model, IndicatorValue value, Locale locale) {
		BigDecimal level = value.level();
		if (level != null) {
			if (level.stripTrailingZeros().scale() <= 0) {
				int whole = level.intValueExact();
				return whole + " – " + levelLabel(model, whole, locale);
			}
			return text("export.answer.mean", locale, figure(level));
		}
		return text("export.answer." + value.kind().name(), locale);
	}

}

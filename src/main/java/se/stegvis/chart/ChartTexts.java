package se.stegvis.chart;

import java.math.BigDecimal;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import se.stegvis.scoring.DisplayRounding;

/**
 * The fixed words and the number format a chart needs in the reader's language. Pages and exports make
 * it from the message bundle {@code i18n/chart} with {@link #from(Function)}.
 *
 * @param decimalSeparator between the whole and the decimal part of a figure: "," in Swedish
 * @param noValue a figure that is missing (no score): "Inget värde"
 * @param missingValues introduces the list of missing figures in a chart's description
 * @param gapMarker the legend's explanation of the hollow markers that stand for missing figures
 * @param dontKnow the answer "Vet ej"
 * @param notApplicable the answer "Ej relevant"
 * @param total the column of totals in a distribution table
 */
public record ChartTexts(String decimalSeparator, String noValue, String missingValues, String gapMarker,
		String dontKnow, String notApplicable, String total) {

	public ChartTexts {
		Checks.text(decimalSeparator, "decimalSeparator");
		Checks.text(noValue, "noValue");
		Checks.text(missingValues, "missingValues");
		Checks.text(gapMarker, "gapMarker");
		Checks.text(dontKnow, "dontKnow");
		Checks.text(notApplicable, "notApplicable");
		Checks.text(total, "total");
	}

	/**
	 * The texts from a message lookup, e.g. {@code key -> messageSource.getMessage(key, null, locale)}.
	 * The keys are {@code chart.decimalSeparator}, {@code chart.noValue}, {@code chart.missingValues},
	 * {@code chart.gapMarker}, {@code chart.dontKnow}, {@code chart.notApplicable} and {@code chart.total}.
	 */
	public static ChartTexts from(Function<String, String> messages) {
		return new ChartTexts(messages.apply("chart.decimalSeparator"), messages.apply("chart.noValue"),
				messages.apply("chart.missingValues"), messages.apply("chart.gapMarker"),
				messages.apply("chart.dontKnow"), messages.apply("chart.notApplicable"), messages.apply("chart.total"));
	}

	/** A figure rounded half-up to one decimal with this decimal separator ("56,3"); {@link #noValue} for null. */
	public String figure(@Nullable BigDecimal value) {
		if (value == null) {
			return this.noValue;
		}
		return DisplayRounding.oneDecimal(value).toPlainString().replace(".", this.decimalSeparator);
	}

}

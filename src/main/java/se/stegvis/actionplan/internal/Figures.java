package se.stegvis.actionplan.internal;

import java.math.BigDecimal;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import se.stegvis.scoring.DisplayRounding;
import se.stegvis.scoring.IndicatorValue;

/**
 * Figures and values as the plan pages show them ({@code @planFigures} in templates): one decimal, rounded
 * half-up by {@code scoring.DisplayRounding}, with a decimal comma in Swedish; "Vet ej" and the like in words.
 */
@Component("planFigures")
public class Figures {

	private final MessageSource messages;

	Figures(MessageSource messages) {
		this.messages = messages;
	}

	/** One decimal in the reader's language; "" for null. */
	public String decimal(@Nullable BigDecimal value) {
		if (value == null) {
			return "";
		}
		String text = DisplayRounding.oneDecimal(value).toPlainString();
		return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? text : text.replace('.', ',');
	}

	/** A change with its sign: "+1,0", "−0,5", "±0,0". */
	public String signed(@Nullable BigDecimal value) {
		if (value == null) {
			return "";
		}
		BigDecimal rounded = DisplayRounding.oneDecimal(value);
		String sign = rounded.signum() > 0 ? "+" : rounded.signum() < 0 ? "−" : "±";
		return sign + decimal(rounded.abs());
	}

	/** An indicator value: its level to one decimal, or Vet ej, Ej relevant, Ej besvarad. */
	public String value(IndicatorValue value) {
		if (value.hasLevel()) {
			return decimal(value.level());
		}
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage("plan.value." + value.kind().name(), null, locale);
	}

}

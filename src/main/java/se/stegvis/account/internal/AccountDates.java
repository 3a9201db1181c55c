package se.stegvis.account.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates and times in Swedish time and the reader's language, for the account pages ({@code @accountDates}). */
@Component("accountDates")
public class AccountDates {

	static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	public String date(@Nullable Instant instant) {
		return format(instant, "d MMMM yyyy");
	}

	public String dateTime(@Nullable Instant instant) {
		return format(instant, "d MMMM yyyy HH:mm");
	}

	public boolean isPast(Instant instant) {
		return instant.isBefore(Instant.now());
	}

	private static String format(@Nullable Instant instant, String pattern) {
		if (instant == null) {
			return "–";
		}
		Locale locale = LocaleContextHolder.getLocale();
		return DateTimeFormatter.ofPattern(pattern, locale).withZone(SWEDEN).format(instant);
	}

}

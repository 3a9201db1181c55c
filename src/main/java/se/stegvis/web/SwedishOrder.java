package se.stegvis.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Sorting of names as Swedish readers expect: case-insensitive, with å, ä, ö last and in that order. */
public final class SwedishOrder {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

	private SwedishOrder() {
	}

	/** A comparator for names; a new collator each time, since a {@link Collator} is not thread-safe. */
	public static Comparator<String> comparator() {
		Collator collator = Collator.getInstance(SWEDISH);
		collator.setStrength(Collator.SECONDARY);
		return collator::compare;
	}

}

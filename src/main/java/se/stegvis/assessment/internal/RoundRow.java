package se.stegvis.assessment.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import se.stegvis.assessment.Round;

/**
 * A round as the rounds page and the overview show it, with its dates written out in Swedish time.
 *
 * @param status {@code DRAFT}, {@code IN_PROGRESS} or {@code COMPLETED} (message keys {@code rounds.status.*})
 * @param mode {@code GROUP} or {@code INDIVIDUAL} (message keys {@code rounds.mode.*})
 * @param started null while nobody has answered
 * @param completed null unless completed
 */
record RoundRow(long id, String title, @Nullable String unitName, @Nullable String period, String status, String mode,
		int answered, int total, int percent, String created, @Nullable String started, @Nullable String completed,
		boolean isCompleted, boolean published) {

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	static RoundRow of(Round round, Locale locale) {
		DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMM yyyy", locale).withZone(SWEDEN);
		return new RoundRow(round.id(), round.title(), round.unitName(), round.period(), round.status().name(),
				round.mode().name(), round.progress().answered(), round.progress().total(), round.progress().percent(),
				dates.format(round.createdAt()), format(dates, round.startedAt()), format(dates, round.completedAt()),
				round.isCompleted(), round.published());
	}

	private static @Nullable String format(DateTimeFormatter dates, @Nullable Instant instant) {
		return instant == null ? null : dates.format(instant);
	}

}

package se.stegvis.actionplan;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One entry of an action item's follow-up log.
 *
 * @param date the day the follow-up is about
 * @param byName the display name of whoever wrote it (a pseudonym once that account is deleted)
 */
public record FollowUp(long id, long itemId, LocalDate date, String text, @Nullable String byName, Instant createdAt) {

}

package se.stegvis.assessment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A participant of a round.
 *
 * @param respondentGroup e.g. "Ledning", "Medarbetare" or the organisation's own; null for none
 * @param answered the indicators this participant has answered (INDIVIDUAL mode; 0 in GROUP mode)
 */
public record Participant(long userId, String username, String displayName, @Nullable String respondentGroup,
		int answered, Instant addedAt) {
}

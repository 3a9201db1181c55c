package se.stegvis.assessment;

import org.jspecify.annotations.Nullable;

/**
 * The response rate of one respondent group (or of those without a group).
 *
 * @param respondentGroup null for participants without a group
 * @param participants participants in the group
 * @param started those who answered at least one indicator
 * @param finished those who answered every indicator
 */
public record GroupResponseRate(@Nullable String respondentGroup, int participants, int started, int finished) {
}

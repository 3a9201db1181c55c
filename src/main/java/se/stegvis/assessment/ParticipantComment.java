package se.stegvis.assessment;

import org.jspecify.annotations.Nullable;

import se.stegvis.scoring.IndicatorValue;

/**
 * What one participant of an INDIVIDUAL round wrote beside their answer to an indicator, for the facilitator. By
 * respondent group, never by name: the distribution is shown per group, and so are the words behind it.
 *
 * @param respondentGroup the participant's group, or null when they have none
 * @param value the participant's own answer
 * @param comment the comment, or null when they only gave a link
 * @param evidenceUrl the link to evidence, or null
 */
public record ParticipantComment(@Nullable String respondentGroup, IndicatorValue value, @Nullable String comment,
		@Nullable String evidenceUrl) {
}

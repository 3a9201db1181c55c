package se.stegvis.assessment;

import java.util.List;

/**
 * A round's participants and response rates.
 *
 * @param participants sorted by display name (Swedish order)
 * @param groups one rate per respondent group in Swedish order, those without a group last; empty when
 *     there are no participants
 * @param suggestedGroups Ledning, Medarbetare and the groups already used in this organisation's rounds
 */
public record ParticipantOverview(List<Participant> participants, List<GroupResponseRate> groups,
		List<String> suggestedGroups) {

	public ParticipantOverview {
		participants = List.copyOf(participants);
		groups = List.copyOf(groups);
		suggestedGroups = List.copyOf(suggestedGroups);
	}

}

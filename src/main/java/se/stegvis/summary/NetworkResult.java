package se.stegvis.summary;

import java.util.List;

import org.jspecify.annotations.Nullable;

import se.stegvis.model.AssessmentModel;
import se.stegvis.network.NetworkAccess;
import se.stegvis.network.NetworkMember;

/**
 * A network's figures as the caller may see them (DESIGN.md §3 "network"): the consenting members by name, each
 * with its latest completed, published organisation-level round of one model key and major version, and the
 * network's mean over them. All figures unrounded. Without {@code access.figures()} (a member that has not
 * consented) everything but the access is empty: no other member's name or figure.
 *
 * @param modelKey the model compared; null when no consenting member has a completed round, or no figures
 * @param model the model version of the newest compared round, for titles of dimensions and areas; null as above
 * @param modelKeys every model key the consenting members have completed rounds of, for the selector
 * @param members every consenting member in Swedish order, with its compared round or null
 * @param mean the network's figures over the members' rounds (n = members with a round); null as above
 */
public record NetworkResult(NetworkAccess access, @Nullable String modelKey, @Nullable AssessmentModel model,
		List<String> modelKeys, List<MemberResult> members, @Nullable Comparison mean) {

	public NetworkResult {
		modelKeys = List.copyOf(modelKeys);
		members = List.copyOf(members);
	}

	/** A consenting member and the round it is compared with; null when it has no comparable round. */
	public record MemberResult(NetworkMember member, @Nullable StoredRound round) {
	}

	/** The members that have a comparable round. */
	public List<MemberResult> withRound() {
		return this.members.stream().filter((m) -> m.round() != null).toList();
	}

	/** The members without a comparable round (listed as such, never left out silently). */
	public List<MemberResult> withoutRound() {
		return this.members.stream().filter((m) -> m.round() == null).toList();
	}

}

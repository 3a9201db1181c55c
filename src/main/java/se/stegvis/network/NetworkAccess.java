package se.stegvis.network;

import java.util.List;

/**
 * What the signed-in user may see of one network.
 *
 * @param figures whether the user may see the consenting members and their figures: a member of an
 *     organisation that consents, or a coordinator. Without it the user sees only the invitation: the
 *     network's name, its owner and their own organisations' states.
 * @param manager whether the user is an org admin of the owner (invites, adds coordinators)
 * @param coordinator whether the user was given read access as a regional coordinator
 * @param own the user's organisations that are members, with their states, in Swedish order
 * @param consenting the consenting members in Swedish order; empty unless {@code figures}
 * @param notConsenting members without standing consent (invited, declined, withdrawn); empty unless
 *     {@code manager}, who invited them and needs to follow their answers
 * @param coordinators the coordinators' names; empty unless {@code manager}
 */
public record NetworkAccess(Network network, boolean figures, boolean manager, boolean coordinator,
		List<NetworkMember> own, List<NetworkMember> consenting, List<NetworkMember> notConsenting,
		List<String> coordinators) {

	public NetworkAccess {
		own = List.copyOf(own);
		consenting = List.copyOf(consenting);
		notConsenting = List.copyOf(notConsenting);
		coordinators = List.copyOf(coordinators);
	}

	/** The codes of the consenting members (empty unless {@code figures}). */
	public List<String> consentingCodes() {
		return this.consenting.stream().map(NetworkMember::organisationCode).toList();
	}

}

package se.stegvis.network;

import java.util.List;

/**
 * A network in a list of the user's (or one organisation's) networks.
 *
 * @param own the organisations of the user (or the one organisation) in the network, with their states
 * @param coordinator whether the user reads it as a regional coordinator
 */
public record NetworkOverview(Network network, List<NetworkMember> own, boolean coordinator) {

	public NetworkOverview {
		own = List.copyOf(own);
	}

}

package se.stegvis.network;

import java.util.List;

/** A network seen from one consenting member: its name and every consenting member's code (that one included). */
public record ConsentingNetwork(long id, String name, List<String> memberCodes) {

	public ConsentingNetwork {
		memberCodes = List.copyOf(memberCodes);
	}

}

package se.stegvis.network;

import java.time.Instant;

/** One organisation of a network and its consent state. */
public record NetworkMember(String organisationCode, String organisationName, MemberState state, Instant invitedAt,
		Instant changedAt) {

	public boolean consents() {
		return this.state == MemberState.CONSENTED;
	}

}

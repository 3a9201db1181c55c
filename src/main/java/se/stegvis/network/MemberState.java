package se.stegvis.network;

/** Where an organisation stands in a network. Only {@link #CONSENTED} members are ever shown or counted. */
public enum MemberState {

	/** Invited, not yet answered. */
	INVITED,

	/** Agreed to be compared by name; may withdraw at any time. */
	CONSENTED,

	/** Said no to the invitation; may still consent later. */
	DECLINED,

	/** Consented once and withdrew; may consent again. */
	WITHDRAWN;

	/** The state after the organisation answers {@code consent}: no after a yes is a withdrawal, else a decline. */
	public MemberState answer(boolean consent) {
		if (consent) {
			return CONSENTED;
		}
		return this == CONSENTED || this == WITHDRAWN ? WITHDRAWN : DECLINED;
	}

}

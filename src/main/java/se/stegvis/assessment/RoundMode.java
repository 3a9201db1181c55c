package se.stegvis.assessment;

/** How a round is answered. */
public enum RoundMode {

	/** The group rates together: one shared answer per indicator. */
	GROUP,

	/** Each participant rates alone; the facilitator sets a consensus where needed. */
	INDIVIDUAL

}

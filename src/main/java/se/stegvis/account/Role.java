package se.stegvis.account;

/**
 * A person's role in one organisation (a membership has exactly one). System administrator is not a role
 * but a flag on the user.
 */
public enum Role {

	/** Leads the organisation's work: starts rounds, invites colleagues, owns the action plan. */
	ORG_ADMIN,

	/** Rates indicators, comments and takes part in the dialogue. */
	PARTICIPANT,

	/** Reads the organisation's rounds, summaries and plans, changes nothing. */
	VIEWER,

	/** Follows the municipalities of a network that consented (regional FoU or support). */
	REGIONAL_COORDINATOR

}

package se.stegvis.summary;

/** The comparison groups of DESIGN.md §3: four anonymous ones, and networks, whose consenting members compare by name. */
public enum ComparisonScope {
	/** Every organisation in the country. */
	NATIONAL,
	/** The organisations of the viewing organisation's län. */
	REGION,
	/** The municipalities of the viewing municipality's SKR municipality group (A1 … C9). */
	MUNICIPALITY_GROUP,
	/** The municipalities of the viewing municipality's SKR main group (A, B, C). */
	MUNICIPALITY_MAIN_GROUP,
	/**
	 * A network the organisation consents in: its consenting members only, no k (they agreed to be named). The
	 * comparison's {@code groupCode} is the network's id and its label the network's name.
	 */
	NETWORK;

	/** Whether an organisation belongs to at most one group of this scope (all but networks). */
	public boolean anonymous() {
		return this != NETWORK;
	}
}

package se.stegvis.summary;

/** The anonymous comparison groups of DESIGN.md §3 (networks, compared by name, are not among them yet). */
public enum ComparisonScope {
	/** Every organisation in the country. */
	NATIONAL,
	/** The organisations of the viewing organisation's län. */
	REGION,
	/** The municipalities of the viewing municipality's SKR municipality group (A1 … C9). */
	MUNICIPALITY_GROUP,
	/** The municipalities of the viewing municipality's SKR main group (A, B, C). */
	MUNICIPALITY_MAIN_GROUP
}

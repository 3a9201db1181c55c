package se.stegvis.organisation;

/** The kinds of organisation that can use Stegvis. */
public enum OrganisationType {
	MUNICIPALITY, REGION, OTHER
}

package se.stegvis.actionplan;

/** How urgent an action item is (Hög, Medel, Låg), most urgent first. */
public enum Priority {

	HIGH, MEDIUM, LOW

}

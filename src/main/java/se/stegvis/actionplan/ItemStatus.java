package se.stegvis.actionplan;

/** Where an action item stands (Ej påbörjad, Pågår, Klar, Pausad, Avbruten), in the board's order. */
public enum ItemStatus {

	NOT_STARTED, IN_PROGRESS, DONE, PAUSED, CANCELLED;

	/** Whether the item is still to be worked on: neither done nor cancelled. */
	public boolean isOpen() {
		return this != DONE && this != CANCELLED;
	}

}

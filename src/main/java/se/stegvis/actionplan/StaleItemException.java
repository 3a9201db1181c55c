package se.stegvis.actionplan;

/**
 * Someone else saved the action item first: the expected version is not the stored one, and nothing was
 * saved. The API answers 412 with the stored item as {@code current} and its version as {@code ETag}; a
 * page shows the stored values and lets the user save again knowingly.
 */
public class StaleItemException extends RuntimeException {

	private final ActionItem current;

	public StaleItemException(ActionItem current) {
		super("Action item " + current.id() + " is now at version " + current.version());
		this.current = current;
	}

	public ActionItem current() {
		return this.current;
	}

}

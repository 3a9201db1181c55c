package se.stegvis.assessment;

/**
 * Someone else saved first: the expected version is not the current one, and nothing was saved. The API
 * answers 412 with the current value as {@code current} and its version as {@code ETag}; a page shows the
 * other person's value and lets the user decide.
 *
 * @see #current()
 */
public class StaleVersionException extends RuntimeException {

	private final Object current;

	private final long currentVersion;

	public StaleVersionException(Object current, long currentVersion) {
		super("Någon annan har sparat en ändring under tiden (nu version " + currentVersion + ").");
		this.current = current;
		this.currentVersion = currentVersion;
	}

	/** The value as it stands: an {@link Answer} or, for a consensus, an {@link IndicatorSpread}'s {@link Consensus} (or {@link Answer#unanswered} style value for none). */
	public Object current() {
		return this.current;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

}

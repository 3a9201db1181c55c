package se.stegvis.assessment;

import se.stegvis.web.ConflictException;

/** The round is COMPLETED and read-only until an org admin reopens it: 409. */
public class RoundCompletedException extends ConflictException {

	private final long roundId;

	/** @param message for people, from the bundle key {@code assessment.completed} */
	public RoundCompletedException(long roundId, String message) {
		super(message);
		this.roundId = roundId;
	}

	public long roundId() {
		return this.roundId;
	}

}

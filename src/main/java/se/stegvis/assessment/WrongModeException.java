package se.stegvis.assessment;

import se.stegvis.web.ConflictException;

/** The action exists only in the other mode, e.g. a consensus in a GROUP round: 409. */
public class WrongModeException extends ConflictException {

	public WrongModeException(String message) {
		super(message);
	}

}

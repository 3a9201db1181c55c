package se.stegvis.model;

import java.util.List;

import se.stegvis.web.ConflictException;

/**
 * The request contradicts the stored versions: the version exists already, or its state does not allow
 * the step (publish a version that is not a DRAFT, retire one that is not PUBLISHED). Answered with 409.
 *
 * @see #code() the message key in {@code i18n/model}
 */
public class ModelConflictException extends ConflictException {

	private final String code;

	private final List<Object> arguments;

	public ModelConflictException(String code, Object... arguments) {
		super(code + " " + List.of(arguments));
		this.code = code;
		this.arguments = List.of(arguments);
	}

	public String code() {
		return this.code;
	}

	public List<Object> arguments() {
		return this.arguments;
	}

}

package se.stegvis.organisation;

/**
 * A filter named a county, municipality group or main group that does not exist.
 *
 * @param field the request field that held the unknown value
 */
public class UnknownReferenceException extends RuntimeException {

	private final String field;

	private final String value;

	public UnknownReferenceException(String field, String value) {
		super("Unknown " + field + ": " + value);
		this.field = field;
		this.value = value;
	}

	public String field() {
		return this.field;
	}

	public String value() {
		return this.value;
	}

}

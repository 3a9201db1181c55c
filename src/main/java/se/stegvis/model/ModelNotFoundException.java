package se.stegvis.model;

import se.stegvis.web.NotFoundException;

/** No stored version {@code version} of the model {@code key}: answered with 404. */
public class ModelNotFoundException extends NotFoundException {

	private final String key;

	private final String version;

	public ModelNotFoundException(String key, String version) {
		super("No version " + version + " of model " + key);
		this.key = key;
		this.version = version;
	}

	public String key() {
		return this.key;
	}

	public String version() {
		return this.version;
	}

}

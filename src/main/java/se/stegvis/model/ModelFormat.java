package se.stegvis.model;

import java.util.Locale;
import java.util.Optional;

/** The two notations of a model document. */
public enum ModelFormat {
	YAML("application/yaml", "yaml"), JSON("application/json", "json");

	private final String mediaType;

	private final String extension;

	ModelFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return this.extension;
	}

	/** The format of a media type ({@code application/json}, {@code application/yaml}, {@code text/yaml} …). */
	public static Optional<ModelFormat> ofMediaType(String mediaType) {
		String type = mediaType.toLowerCase(Locale.ROOT);
		if (type.contains("yaml") || type.contains("yml")) {
			return Optional.of(YAML);
		}
		return type.contains("json") ? Optional.of(JSON) : Optional.empty();
	}

}

package se.stegvis.model;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version {@code MAJOR.MINOR.PATCH} of a model. Versions of one major are comparable with each
 * other (same scale, dimensions, areas and indicator keys); a new major version is not.
 */
public record SemanticVersion(int major, int minor, int patch) implements Comparable<SemanticVersion> {

	private static final Pattern FORMAT = Pattern.compile("(0|[1-9]\\d{0,5})\\.(0|[1-9]\\d{0,5})\\.(0|[1-9]\\d{0,5})");

	private static final Comparator<SemanticVersion> ORDER = Comparator.comparingInt(SemanticVersion::major)
		.thenComparingInt(SemanticVersion::minor)
		.thenComparingInt(SemanticVersion::patch);

	public SemanticVersion {
		if (major < 0 || minor < 0 || patch < 0) {
			throw new IllegalArgumentException("a version has no negative parts: " + major + "." + minor + "." + patch);
		}
	}

	/** The version written as {@code 1.2.3}; empty for anything else (no leading zeros, no suffix). */
	public static Optional<SemanticVersion> parse(String text) {
		Matcher m = FORMAT.matcher(text);
		if (!m.matches()) {
			return Optional.empty();
		}
		return Optional.of(new SemanticVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
				Integer.parseInt(m.group(3))));
	}

	/**
	 * The version written as {@code 1.2.3}.
	 * @throws IllegalArgumentException when the text is not such a version
	 */
	public static SemanticVersion of(String text) {
		return parse(text).orElseThrow(() -> new IllegalArgumentException("not a semantic version: " + text));
	}

	/** Whether this is the first version of its major line ({@code x.0.0}). */
	public boolean isMajorRelease() {
		return this.minor == 0 && this.patch == 0;
	}

	public SemanticVersion withMajor(int major) {
		return new SemanticVersion(major, this.minor, this.patch);
	}

	@Override
	public int compareTo(SemanticVersion other) {
		return ORDER.compare(this, other);
	}

	@Override
	public String toString() {
		return this.major + "." + this.minor + "." + this.patch;
	}

}

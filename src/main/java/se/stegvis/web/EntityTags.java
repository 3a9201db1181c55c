package se.stegvis.web;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * A version as an entity tag ({@code "3"}) and back from {@code If-Match}, for every versioned resource of the API.
 * Features differ only in their lowest version (answers accept {@code "0"}, "I saw no answer yet") and in the
 * input exception that names the bad header in their own words.
 */
public final class EntityTags {

	private EntityTags() {
	}

	public static String of(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * @param lowest the lowest version the resource can have
	 * @param invalid the feature's input error when the header is not a version
	 * @return the expected version, or null when there is no {@code If-Match} (or it is {@code *})
	 */
	public static @Nullable Long parse(@Nullable String ifMatch, long lowest,
			Supplier<? extends RuntimeException> invalid) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
			return null;
		}
		String tag = ifMatch.strip();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
			tag = tag.substring(1, tag.length() - 1);
		}
		long version;
		try {
			version = Long.parseLong(tag);
		}
		catch (NumberFormatException ex) {
			throw invalid.get();
		}
		if (version < lowest) {
			throw invalid.get();
		}
		return version;
	}

}

package se.stegvis.actionplan.internal;

import org.jspecify.annotations.Nullable;

import se.stegvis.actionplan.InvalidPlanInputException;

/** An item's version as an entity tag ({@code "3"}) and back from {@code If-Match}. */
final class ETags {

	private ETags() {
	}

	static String of(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * @return the expected version, or null without {@code If-Match} (or {@code *})
	 * @throws InvalidPlanInputException naming {@code If-Match} when it is not a version
	 */
	static @Nullable Long parse(@Nullable String ifMatch) {
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
		try {
			long version = Long.parseLong(tag);
			if (version < 1) {
				throw new NumberFormatException();
			}
			return version;
		}
		catch (NumberFormatException ex) {
			throw InvalidPlanInputException.of("If-Match", "actionplan.input.ifMatch.invalid", ifMatch);
		}
	}

}

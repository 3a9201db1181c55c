package se.stegvis.actionplan.internal;

import org.jspecify.annotations.Nullable;

import se.stegvis.actionplan.InvalidPlanInputException;
import se.stegvis.web.EntityTags;

/** An item's version as an entity tag; items start at version 1. */
final class ETags {

	private ETags() {
	}

	static String of(long version) {
		return EntityTags.of(version);
	}

	/**
	 * @return the expected version, or null without {@code If-Match} (or {@code *})
	 * @throws InvalidPlanInputException naming {@code If-Match} when it is not a version
	 */
	static @Nullable Long parse(@Nullable String ifMatch) {
		return EntityTags.parse(ifMatch, 1,
				() -> InvalidPlanInputException.of("If-Match", "actionplan.input.ifMatch.invalid", ifMatch));
	}

}

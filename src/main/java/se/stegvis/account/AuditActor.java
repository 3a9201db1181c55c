package se.stegvis.account;

import org.jspecify.annotations.Nullable;

/**
 * Who did something, as the audit trail records it.
 *
 * @param userId the acting user, or null for Stegvis itself (start-up tasks, demo data)
 * @param name the name shown in the trail; replaced by a pseudonym when the user is deleted
 */
public record AuditActor(@Nullable Long userId, String name) {

	/** Stegvis itself, e.g. the first administrator created at start. */
	public static AuditActor system() {
		return new AuditActor(null, "Stegvis");
	}

}

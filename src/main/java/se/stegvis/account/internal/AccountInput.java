package se.stegvis.account.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import se.stegvis.account.InvalidAccountInputException.Problem;
import se.stegvis.account.Role;
import se.stegvis.organisation.OrganisationCatalog;

/**
 * The rules for the fields of accounts, memberships and invitations, in one place for the pages and the
 * API. Each check adds its problem to the list and returns the cleaned value, or null when refused.
 */
@Component
public class AccountInput {

	public static final int USERNAME_MAX = 100;

	public static final int DISPLAY_NAME_MAX = 200;

	public static final int EMAIL_MAX = 254;

	public static final int TOKEN_NAME_MAX = 100;

	private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._@-]*");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private final OrganisationCatalog organisations;

	AccountInput(OrganisationCatalog organisations) {
		this.organisations = organisations;
	}

	/** Usernames are compared and stored in lower case. */
	public static String normaliseUsername(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

	public @Nullable String username(String field, @Nullable String raw, List<Problem> problems) {
		if (raw == null || raw.isBlank()) {
			problems.add(Problem.of(field, "account.username.required"));
			return null;
		}
		String username = normaliseUsername(raw);
		if (username.length() < 2 || username.length() > USERNAME_MAX) {
			problems.add(Problem.of(field, "account.username.length", 2, USERNAME_MAX));
			return null;
		}
		if (!USERNAME.matcher(username).matches()) {
			problems.add(Problem.of(field, "account.username.characters"));
			return null;
		}
		return username;
	}

	public @Nullable String displayName(String field, @Nullable String raw, List<Problem> problems) {
		return text(field, raw, DISPLAY_NAME_MAX, "account.displayName", problems);
	}

	public @Nullable String tokenName(String field, @Nullable String raw, List<Problem> problems) {
		return text(field, raw, TOKEN_NAME_MAX, "account.tokenName", problems);
	}

	/** An e-mail address; blank is allowed unless {@code required}. */
	public @Nullable String email(String field, @Nullable String raw, boolean required, List<Problem> problems) {
		if (raw == null || raw.isBlank()) {
			if (required) {
				problems.add(Problem.of(field, "account.email.required"));
			}
			return null;
		}
		String email = raw.strip();
		if (email.length() > EMAIL_MAX) {
			problems.add(Problem.of(field, "account.email.tooLong", EMAIL_MAX));
			return null;
		}
		if (!EMAIL.matcher(email).matches()) {
			problems.add(Problem.of(field, "account.email.invalid"));
			return null;
		}
		return email;
	}

	public @Nullable Role role(String field, @Nullable String raw, List<Problem> problems) {
		if (raw == null || raw.isBlank()) {
			problems.add(Problem.of(field, "account.role.required", allowedRoles()));
			return null;
		}
		Optional<Role> role = Arrays.stream(Role.values()).filter((r) -> r.name().equals(raw.strip())).findFirst();
		if (role.isEmpty()) {
			problems.add(Problem.of(field, "account.role.unknown", raw.strip(), allowedRoles()));
			return null;
		}
		return role.get();
	}

	public @Nullable String organisation(String field, @Nullable String raw, List<Problem> problems) {
		if (raw == null || raw.isBlank()) {
			problems.add(Problem.of(field, "account.organisation.required"));
			return null;
		}
		String code = raw.strip();
		if (this.organisations.findByCode(code).isEmpty()) {
			problems.add(Problem.of(field, "account.organisation.unknown", code));
			return null;
		}
		return code;
	}

	static String allowedRoles() {
		return Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "));
	}

	private static @Nullable String text(String field, @Nullable String raw, int max, String key, List<Problem> problems) {
		if (raw == null || raw.isBlank()) {
			problems.add(Problem.of(field, key + ".required"));
			return null;
		}
		String text = raw.strip();
		if (text.codePointCount(0, text.length()) > max) {
			problems.add(Problem.of(field, key + ".tooLong", max));
			return null;
		}
		if (CONTROL.matcher(text).find()) {
			problems.add(Problem.of(field, key + ".characters"));
			return null;
		}
		return text;
	}

}

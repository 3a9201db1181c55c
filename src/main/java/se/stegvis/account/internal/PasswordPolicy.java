package se.stegvis.account.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.StandardKeyboards;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.stegvis.account.InvalidAccountInputException.Problem;

/**
 * The password policy, after NIST SP 800-63B-4: length over complexity (at least 15 characters by default,
 * at most 128, every Unicode code point counts once, no rules about character classes), and no password
 * that is common or easy to guess: zxcvbn's list of 30,000 common passwords is refused outright, and so is
 * a password whose estimated guesses are few (repeats, keyboard walks, sequences, the user's own name).
 */
@Component
public class PasswordPolicy {

	public static final int MAX_LENGTH = 128;

	/** zxcvbn's score 3: "safely unguessable", at least 10^8 guesses. */
	private static final int MIN_SCORE = 3;

	private final int minLength;

	private final Zxcvbn zxcvbn;

	private final Set<String> common;

	PasswordPolicy(@Value("${stegvis.security.password.min-length:15}") int minLength) {
		this.minLength = minLength;
		try {
			this.zxcvbn = new ZxcvbnBuilder().dictionaries(StandardDictionaries.loadAllDictionaries())
				.keyboards(StandardKeyboards.loadAllKeyboards())
				.build();
			this.common = Set.copyOf(StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary().keySet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot load zxcvbn's dictionaries", ex);
		}
	}

	public int minLength() {
		return this.minLength;
	}

	/**
	 * Checks a new password.
	 * @param field the field to name in a problem
	 * @param personal words the password must not be built on: username, name, e-mail address
	 * @return the reason it is refused, if it is
	 */
	public Optional<Problem> check(String field, String password, List<String> personal) {
		String normalised = normalise(password);
		int length = normalised.codePointCount(0, normalised.length());
		if (normalised.isBlank()) {
			return Optional.of(Problem.of(field, "account.password.required"));
		}
		if (length < this.minLength) {
			return Optional.of(Problem.of(field, "account.password.tooShort", this.minLength));
		}
		if (length > MAX_LENGTH) {
			return Optional.of(Problem.of(field, "account.password.tooLong", MAX_LENGTH));
		}
		String lower = normalised.toLowerCase(Locale.ROOT);
		if (this.common.contains(lower)) {
			return Optional.of(Problem.of(field, "account.password.common"));
		}
		List<String> inputs = new ArrayList<>(List.of("stegvis", "losenord", "lösenord", "password"));
		personal.stream().filter((w) -> !w.isBlank()).map((w) -> w.toLowerCase(Locale.ROOT)).forEach((w) -> {
			inputs.add(w);
			inputs.add(w.replaceAll("[\\s@._-]+", ""));
			inputs.addAll(List.of(w.split("[\\s@._-]+")));
		});
		if (inputs.stream().anyMatch((w) -> w.length() >= 4 && lower.equals(w))) {
			return Optional.of(Problem.of(field, "account.password.personal"));
		}
		if (this.zxcvbn.measure(normalised, inputs).getScore() < MIN_SCORE) {
			return Optional.of(Problem.of(field, "account.password.guessable"));
		}
		return Optional.empty();
	}

	/** NFKC, as NIST asks, so that the same password typed on another keyboard matches. */
	static String normalise(String password) {
		return Normalizer.normalize(password, Normalizer.Form.NFKC);
	}

}

package se.stegvis.account.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.password.PasswordEncoder;

import se.stegvis.account.InvalidAccountInputException.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/** The password policy follows NIST SP 800-63B-4: length over complexity, and no common or guessable password. */
class PasswordPolicyTest {

	private static final PasswordPolicy POLICY = new PasswordPolicy(15);

	@Test
	void aLongPassphraseWithoutDigitsOrSymbolsIsAccepted() {
		assertThat(check("sommarstuga vid sjön")).isEmpty();
		assertThat(check("kanelbulle-och-lingonsylt")).isEmpty();
	}

	@Test
	void fewerThanFifteenCharactersAreRefusedWhateverTheirMix() {
		assertThat(check("Xk#9$vQ!2pL&zR")).hasValue("account.password.tooShort");
		assertThat(POLICY.check("password", "Xk#9$vQ!2pL&zR", List.of()).orElseThrow().args()).containsExactly(15);
	}

	@Test
	void lengthCountsCharactersNotBytes() {
		assertThat(check("ååååäääöööüüéé")).hasValue("account.password.tooShort");
		assertThat(check("å".repeat(129))).hasValue("account.password.tooLong");
	}

	@Test
	void aPasswordOnTheCommonListIsRefused() {
		assertThat(check("1qaz2wsx3edc4rfv")).hasValue("account.password.common");
		assertThat(check("Qwerty123456789")).hasValue("account.password.common");
	}

	@Test
	void repeatsKeyboardWalksAndSequencesAreTooEasyToGuess() {
		assertThat(check("aaaaaaaaaaaaaaaaaaaa")).hasValue("account.password.guessable");
		assertThat(check("abcdefghijklmnopqrst")).hasValue("account.password.guessable");
		assertThat(check("qwertyuiopasdfghjkl")).isPresent();
	}

	@Test
	void thePasswordMayNotBeBuiltOnTheUsersOwnName() {
		assertThat(POLICY.check("password", "annasvensson1985", List.of("anna.svensson", "Anna Svensson")).map(Problem::messageKey))
			.hasValue("account.password.guessable");
		assertThat(POLICY.check("password", "anna.svensson@kommun.se", List.of("anna.svensson@kommun.se")).map(Problem::messageKey))
			.hasValue("account.password.personal");
	}

	@Test
	void passwordsAreHashedWithArgon2idAndNormalisedFirst() {
		PasswordEncoder encoder = new PasswordHashing().passwordEncoder();
		String composed = "sommarstuga vid sj\u00f6n";
		String decomposed = "sommarstuga vid sjo\u0308n";
		String hash = encoder.encode(composed);
		assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(composed);
		assertThat(encoder.matches(decomposed, hash)).isTrue();
		assertThat(encoder.matches("sommarstuga vid sjon", hash)).isFalse();
	}

	private static java.util.Optional<String> check(String password) {
		return POLICY.check("password", password, List.of()).map(Problem::messageKey);
	}

}

package se.stegvis.account.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are stored as Argon2id hashes with OWASP's parameters (19 MiB, 2 iterations, parallelism 1),
 * prefixed with {@code {argon2}} so that a later algorithm can take over hash by hash. Passwords are
 * NFKC-normalised before hashing and before checking.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

	static final int MEMORY_KIB = 19 * 1024;

	@Bean
	PasswordEncoder passwordEncoder() {
		PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, MEMORY_KIB, 2);
		DelegatingPasswordEncoder delegating = new DelegatingPasswordEncoder("argon2",
				Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder()));
		return new NormalisingPasswordEncoder(delegating);
	}

	/** Normalises (NFKC) every raw password before the delegate hashes or checks it. */
	record NormalisingPasswordEncoder(PasswordEncoder delegate) implements PasswordEncoder {

		@Override
		public @Nullable String encode(@Nullable CharSequence rawPassword) {
			return this.delegate.encode(rawPassword == null ? null : PasswordPolicy.normalise(rawPassword.toString()));
		}

		@Override
		public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
			return this.delegate.matches(rawPassword == null ? null : PasswordPolicy.normalise(rawPassword.toString()),
					encodedPassword);
		}

		@Override
		public boolean upgradeEncoding(@Nullable String encodedPassword) {
			return this.delegate.upgradeEncoding(encodedPassword);
		}

	}

}

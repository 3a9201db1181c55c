package se.stegvis.security.internal;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/** Sign-in is refused for now, after too many failed attempts for the account or from the address. */
class LoginThrottledException extends AuthenticationException {

	private final Instant until;

	LoginThrottledException(Instant until) {
		super("Too many failed sign-ins; locked until " + until);
		this.until = until;
	}

	Instant until() {
		return this.until;
	}

}

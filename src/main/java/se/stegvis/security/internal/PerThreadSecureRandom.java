package se.stegvis.security.internal;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Random bytes for the CSRF token's mask, drawn from a generator of the calling thread's own. Every page masks its
 * token afresh (against BREACH), and the platform's default generator serves all threads under one lock: under load
 * pages queued there (docs/performance.md). Each thread's generator is a DRBG seeded from the system's entropy.
 */
final class PerThreadSecureRandom extends SecureRandom {

	private static final long serialVersionUID = 1L;

	private final transient ThreadLocal<SecureRandom> generators = ThreadLocal.withInitial(PerThreadSecureRandom::drbg);

	@Override
	public void nextBytes(byte[] bytes) {
		this.generators.get().nextBytes(bytes);
	}

	@Override
	public String getAlgorithm() {
		return this.generators.get().getAlgorithm();
	}

	private static SecureRandom drbg() {
		try {
			return SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("no DRBG SecureRandom", ex);
		}
	}

}

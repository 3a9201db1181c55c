package se.stegvis.security.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSRF mask's randomness: a strong generator per thread, never one shared by all requests. */
class PerThreadSecureRandomTest {

	private final PerThreadSecureRandom random = new PerThreadSecureRandom();

	@Test
	void drawsFromADrbgOfTheCallingThreadsOwn() throws InterruptedException {
		assertThat(this.random.getAlgorithm()).isEqualTo("DRBG");
		Set<String> masks = ConcurrentHashMap.newKeySet();
		Thread[] threads = new Thread[4];
		for (int i = 0; i < threads.length; i++) {
			threads[i] = new Thread(() -> {
				for (int j = 0; j < 100; j++) {
					byte[] mask = new byte[32];
					this.random.nextBytes(mask);
					masks.add(Arrays.toString(mask));
				}
			});
			threads[i].start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		assertThat(masks).as("400 masks of 32 bytes, none repeated").hasSize(400);
	}

	@Test
	void fillsTheWholeMask() {
		Set<Byte> seen = new HashSet<>();
		for (int i = 0; i < 50; i++) {
			byte[] mask = new byte[32];
			this.random.nextBytes(mask);
			for (byte b : mask) {
				seen.add(b);
			}
		}
		assertThat(seen).as("1 600 bytes take most of the 256 values").hasSizeGreaterThan(200);
	}

}

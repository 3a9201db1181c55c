package se.stegvis.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import se.stegvis.support.TestDatabase;

/** Settings shared by the benchmarks, overridable with system properties of the benchmark run. */
final class Benchmarks {

	private Benchmarks() {
	}

	static Duration warmUp() {
		return Duration.ofSeconds(Long.getLong("benchmark.warmUpSeconds", 5));
	}

	static Duration measure() {
		return Duration.ofSeconds(Long.getLong("benchmark.seconds", 15));
	}

	/** The client counts to measure: {@code -Dbenchmark.clients=1,16,64}, or the scenario's defaults. */
	static List<Integer> clients(List<Integer> defaults) {
		String given = System.getProperty("benchmark.clients");
		return (given == null || given.isBlank()) ? defaults
				: Arrays.stream(given.split(",")).map(String::strip).map(Integer::valueOf).toList();
	}

	/**
	 * Whether to run a scenario: {@code -Dbenchmark.scenarios=page,save} runs only those whose names contain one
	 * of the words (all when unset), to profile or re-measure one part without the rest.
	 */
	static boolean selected(String scenario) {
		String given = System.getProperty("benchmark.scenarios");
		return given == null || given.isBlank()
				|| Arrays.stream(given.split(",")).map(String::strip).anyMatch(scenario::contains);
	}

	static String database() {
		return TestDatabase.postgresqlRequested() ? "PostgreSQL" : "H2";
	}

}

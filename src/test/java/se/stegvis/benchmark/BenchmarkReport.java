package se.stegvis.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes a benchmark's figures to {@code target/benchmarks/<name>.md} with the machine it ran on, for copying
 * into {@code docs/performance.md}, and prints them.
 */
public final class BenchmarkReport {

	private BenchmarkReport() {
	}

	public static void write(String name, String database, List<LoadGenerator.Result> results) {
		StringBuilder md = new StringBuilder();
		md.append("### ").append(name).append(" on ").append(database).append("\n\n");
		md.append(machine()).append("\n\n");
		md.append(LoadGenerator.Result.markdownHeader()).append('\n');
		results.stream().filter(java.util.Objects::nonNull).forEach((r) -> md.append(r.markdownRow()).append('\n'));
		System.out.println(md);
		try {
			Path dir = Path.of("target", "benchmarks");
			Files.createDirectories(dir);
			Files.writeString(dir.resolve(name + "-" + database + ".md"), md.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String machine() {
		Runtime runtime = Runtime.getRuntime();
		return "Measured " + OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES) + " on "
				+ runtime.availableProcessors() + " cores, " + (runtime.maxMemory() >> 20) + " MiB max heap, "
				+ System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", "
				+ System.getProperty("os.name") + " " + System.getProperty("os.arch") + "; JVM args "
				+ ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter((a) -> a.startsWith("-X")).toList()
				+ "; load generator and server in the same JVM.";
	}

}

package se.stegvis.benchmark;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A closed-loop load generator: {@code clients} threads each send one request, wait for the answer, and
 * send the next, for a fixed time after a warm-up. Bounded in time and aimed only at the local server
 * under test. Records every latency, so percentiles are exact for the run.
 */
public final class LoadGenerator {

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.version(HttpClient.Version.HTTP_1_1)
		.executor(Executors.newFixedThreadPool(4))
		.build();

	private final Map<Integer, AtomicLong> successes = new ConcurrentHashMap<>();

	/**
	 * How many requests of each client (by index) got the expected status, over every run of this generator,
	 * warm-ups included: what a "nothing lost" check compares with what the server stored.
	 */
	public Map<Integer, Long> successesByClient() {
		Map<Integer, Long> counts = new java.util.TreeMap<>();
		this.successes.forEach((client, count) -> counts.put(client, count.get()));
		return counts;
	}

	/**
	 * Runs one scenario.
	 * @param requests builds the n-th request of a client (so clients can vary what they ask for)
	 * @param expectedStatus every other status counts as an error
	 * @return the figures, or {@code null} when the scenario is not among those selected to run
	 */
	public @org.jspecify.annotations.Nullable Result run(String name, int clients, Duration warmUp, Duration measure,
			IntFunction<HttpRequest> requests, int expectedStatus) throws InterruptedException {
		if (!Benchmarks.selected(name)) {
			return null;
		}
		drive(clients, warmUp, requests, expectedStatus, null);
		Recorder recorder = new Recorder(clients);
		long started = System.nanoTime();
		drive(clients, measure, requests, expectedStatus, recorder);
		double seconds = (System.nanoTime() - started) / 1e9;
		return recorder.result(name, clients, seconds);
	}

	private void drive(int clients, Duration duration, IntFunction<HttpRequest> requests, int expectedStatus,
			Recorder recorder) throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		CountDownLatch done = new CountDownLatch(clients);
		long deadline = System.nanoTime() + duration.toNanos();
		for (int c = 0; c < clients; c++) {
			int client = c;
			pool.execute(() -> {
				int n = 0;
				try {
					while (System.nanoTime() < deadline) {
						HttpRequest request = requests.apply(client * 1_000_000 + n++);
						long t0 = System.nanoTime();
						int status;
						try {
							status = this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
						}
						catch (Exception ex) {
							status = -1;
						}
						if (status == expectedStatus) {
							this.successes.computeIfAbsent(client, (k) -> new AtomicLong()).incrementAndGet();
						}
						if (recorder != null) {
							recorder.record(client, System.nanoTime() - t0, status == expectedStatus);
						}
					}
				}
				finally {
					done.countDown();
				}
			});
		}
		done.await(duration.toSeconds() + 60, TimeUnit.SECONDS);
		pool.shutdownNow();
	}

	/** Figures of one scenario; latencies in milliseconds. */
	public record Result(String name, int clients, long requests, long errors, double perSecond, double p50, double p99,
			double max) {

		public String markdownRow() {
			return String.format(java.util.Locale.ROOT, "| %s | %d | %d | %d | %.0f | %.1f | %.1f | %.1f |", this.name,
					this.clients, this.requests, this.errors, this.perSecond, this.p50, this.p99, this.max);
		}

		public static String markdownHeader() {
			return "| scenario | clients | requests | errors | per second | p50 ms | p99 ms | max ms |\n"
					+ "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";
		}

	}

	private static final class Recorder {

		private final List<long[]> latencies = new ArrayList<>();

		private final int[] counts;

		private final AtomicLong errors = new AtomicLong();

		Recorder(int clients) {
			this.counts = new int[clients];
			for (int c = 0; c < clients; c++) {
				this.latencies.add(new long[1 << 16]);
			}
		}

		void record(int client, long nanos, boolean ok) {
			long[] mine = this.latencies.get(client);
			if (this.counts[client] == mine.length) {
				mine = Arrays.copyOf(mine, mine.length * 2);
				this.latencies.set(client, mine);
			}
			mine[this.counts[client]++] = nanos;
			if (!ok) {
				this.errors.incrementAndGet();
			}
		}

		Result result(String name, int clients, double seconds) {
			int total = Arrays.stream(this.counts).sum();
			long[] all = new long[total];
			int at = 0;
			for (int c = 0; c < this.counts.length; c++) {
				System.arraycopy(this.latencies.get(c), 0, all, at, this.counts[c]);
				at += this.counts[c];
			}
			Arrays.sort(all);
			return new Result(name, clients, total, this.errors.get(), total / seconds, percentile(all, 0.50),
					percentile(all, 0.99), total == 0 ? 0 : all[total - 1] / 1e6);
		}

		/** Nearest-rank percentile in milliseconds. */
		static double percentile(long[] sorted, double p) {
			if (sorted.length == 0) {
				return 0;
			}
			int rank = (int) Math.ceil(p * sorted.length);
			return sorted[Math.max(0, rank - 1)] / 1e6;
		}

	}

}

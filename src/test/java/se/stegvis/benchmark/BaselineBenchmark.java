package se.stegvis.benchmark;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import se.stegvis.support.TestDatabase;

/**
 * The baseline every page benchmark is compared with: the same server's static CSS and the organisations
 * API. Run with {@code ./mvnw -Pbenchmark test -Dbenchmark=BaselineBenchmark} (see docs/performance.md).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class BaselineBenchmark {

	@Value("${local.server.port}")
	int port;

	@Test
	void staticCssAndReferenceApi() throws Exception {
		LoadGenerator load = new LoadGenerator();
		List<LoadGenerator.Result> results = new ArrayList<>();
		for (int clients : Benchmarks.clients(List.of(1, 8, 32))) {
			results.add(load.run("static CSS", clients, Benchmarks.warmUp(), Benchmarks.measure(),
					(n) -> get("/css/stegvis.css"), 200));
		}
		BenchmarkReport.write("baseline", Benchmarks.database(), results);
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build();
	}

}

package se.stegvis.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring test context at a database of its own: an in-memory H2 in PostgreSQL mode by
 * default, or a fresh schema in PostgreSQL when the build runs the suite with
 * {@code -Dstegvis.test.database=postgresql} (the second Surefire execution). Each context gets its own
 * database or schema, so contexts with different profiles (demo or not) never see each other's rows.
 *
 * <p>PostgreSQL is found through {@code STEGVIS_TEST_PG_URL}, {@code STEGVIS_TEST_PG_USER} and
 * {@code STEGVIS_TEST_PG_PASSWORD} (default {@code jdbc:postgresql://127.0.0.1:5432/test}, user
 * {@code postgres}); {@code .ci/run} creates a fresh database and role and sets them.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String SELECTOR = "stegvis.test.database";

	public static boolean postgresqlRequested() {
		return "postgresql".equalsIgnoreCase(System.getProperty(SELECTOR, "h2"));
	}

	public static String pgUrl() {
		return env("STEGVIS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
	}

	public static String pgUser() {
		return env("STEGVIS_TEST_PG_USER", "postgres");
	}

	public static String pgPassword() {
		return env("STEGVIS_TEST_PG_PASSWORD", "");
	}

	/** Whether a PostgreSQL server answers at the configured address. */
	public static boolean postgresqlReachable() {
		try (Connection ignored = DriverManager.getConnection(pgUrl(), pgUser(), pgPassword())) {
			return true;
		}
		catch (SQLException ex) {
			return false;
		}
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		Map<String, Object> properties = postgresqlRequested() ? postgresql("stegvis_test_" + id)
				: Map.of("spring.datasource.url", "jdbc:h2:mem:stegvis_" + id
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
						"spring.datasource.username", "sa", "spring.datasource.password", "");
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("stegvisTestDatabase", properties));
	}

	private static Map<String, Object> postgresql(String schema) {
		try (Connection connection = DriverManager.getConnection(pgUrl(), pgUser(), pgPassword())) {
			connection.createStatement().execute("CREATE SCHEMA " + schema);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL was requested for the tests but is not reachable at "
					+ pgUrl() + " as " + pgUser() + ": " + ex.getMessage(), ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> dropSchema(schema)));
		String separator = pgUrl().contains("?") ? "&" : "?";
		return Map.of("spring.datasource.url", pgUrl() + separator + "currentSchema=" + schema,
				"spring.datasource.username", pgUser(), "spring.datasource.password", pgPassword(),
				"spring.flyway.schemas", schema, "spring.flyway.default-schema", schema,
				"spring.datasource.hikari.maximum-pool-size", "5");
	}

	private static void dropSchema(String schema) {
		try (Connection connection = DriverManager.getConnection(pgUrl(), pgUser(), pgPassword())) {
			connection.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
		}
		catch (SQLException ex) {
			// The run is over; a schema left behind is removed with the database that .ci/run drops.
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}

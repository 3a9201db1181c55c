package se.stegvis.organisation.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Upserts the versioned reference files under {@code reference/} at every start, so that a new version of
 * a file updates an existing database. Runs before any other start-up work ({@link Order} 0).
 */
@Component
@Order(0)
class ReferenceDataLoader implements ApplicationRunner {

	static final String MUNICIPALITIES = "reference/kommuner-2023.csv";

	static final String COUNTIES = "reference/lan.csv";

	static final String MAIN_GROUPS = "reference/huvudgrupper-2023.csv";

	private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	ReferenceDataLoader(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.transactions.executeWithoutResult((status) -> load());
	}

	void load() {
		List<String[]> mainGroups = read(MAIN_GROUPS);
		List<String[]> counties = read(COUNTIES);
		List<String[]> municipalities = read(MUNICIPALITIES);
		mainGroups.forEach((r) -> upsert("""
				MERGE INTO municipality_main_group t USING (SELECT CAST(:code AS VARCHAR(1)) AS code,
				    CAST(:name AS VARCHAR(200)) AS name) s ON t.code = s.code
				WHEN MATCHED THEN UPDATE SET name = s.name
				WHEN NOT MATCHED THEN INSERT (code, name) VALUES (s.code, s.name)""", "code", r[0], "name", r[1]));
		municipalities.stream()
			.map((r) -> List.of(r[4], r[5]))
			.distinct()
			.forEach((g) -> upsert("""
					MERGE INTO municipality_group t USING (SELECT CAST(:code AS VARCHAR(2)) AS code,
					    CAST(:name AS VARCHAR(200)) AS name, CAST(:main AS VARCHAR(1)) AS main_group) s ON t.code = s.code
					WHEN MATCHED THEN UPDATE SET name = s.name, main_group = s.main_group
					WHEN NOT MATCHED THEN INSERT (code, name, main_group) VALUES (s.code, s.name, s.main_group)""",
					"code", g.get(0), "name", g.get(1), "main", g.get(0).substring(0, 1)));
		counties.forEach((r) -> upsert("""
				MERGE INTO county t USING (SELECT CAST(:code AS VARCHAR(2)) AS code, CAST(:name AS VARCHAR(200)) AS name,
				    CAST(:region AS VARCHAR(200)) AS region_name) s ON t.code = s.code
				WHEN MATCHED THEN UPDATE SET name = s.name, region_name = s.region_name
				WHEN NOT MATCHED THEN INSERT (code, name, region_name) VALUES (s.code, s.name, s.region_name)""",
				"code", r[0], "name", r[1], "region", r[2]));
		counties.forEach((r) -> upsertOrganisation(r[0], r[2], "REGION", r[0], null));
		municipalities.forEach((r) -> upsertOrganisation(r[0], r[1], "MUNICIPALITY", r[2], r[4]));
		recordVersion("municipalities", "skr-kommungrupper-2023");
		recordVersion("counties", "scb-lan-2025");
		recordVersion("main-groups", "skr-huvudgrupper-2023");
		log.info("Reference data loaded: {} municipalities, {} counties, {} main groups", municipalities.size(),
				counties.size(), mainGroups.size());
	}

	private void upsertOrganisation(String code, String name, String type, String county, @Nullable String group) {
		this.jdbc.sql("""
				MERGE INTO organisation t USING (SELECT CAST(:code AS VARCHAR(16)) AS code, CAST(:name AS VARCHAR(200)) AS name,
				    CAST(:type AS VARCHAR(16)) AS org_type, CAST(:county AS VARCHAR(2)) AS county_code,
				    CAST(:grp AS VARCHAR(2)) AS municipality_group) s ON t.code = s.code
				WHEN MATCHED THEN UPDATE SET name = s.name, org_type = s.org_type, county_code = s.county_code,
				    municipality_group = s.municipality_group
				WHEN NOT MATCHED THEN INSERT (code, name, org_type, county_code, municipality_group)
				    VALUES (s.code, s.name, s.org_type, s.county_code, s.municipality_group)""")
			.param("code", code)
			.param("name", name)
			.param("type", type)
			.param("county", county)
			.param("grp", group)
			.update();
	}

	private void recordVersion(String dataset, String version) {
		this.jdbc.sql("""
				MERGE INTO reference_data_version t USING (SELECT CAST(:dataset AS VARCHAR(50)) AS dataset,
				    CAST(:version AS VARCHAR(50)) AS version) s ON t.dataset = s.dataset
				WHEN MATCHED THEN UPDATE SET version = s.version, loaded_at = :now
				WHEN NOT MATCHED THEN INSERT (dataset, version, loaded_at) VALUES (s.dataset, s.version, :now)""")
			.param("dataset", dataset)
			.param("version", version)
			.param("now", OffsetDateTime.now())
			.update();
	}

	private void upsert(String sql, String... namesAndValues) {
		var spec = this.jdbc.sql(sql);
		for (int i = 0; i < namesAndValues.length; i += 2) {
			spec = spec.param(namesAndValues[i], namesAndValues[i + 1]);
		}
		spec.update();
	}

	private static List<String[]> read(String path) {
		try (var reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines().skip(1).filter((l) -> !l.isBlank()).map((l) -> l.split(",", -1)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read reference data " + path, ex);
		}
	}

}

package se.stegvis.organisation.internal;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.stegvis.organisation.County;
import se.stegvis.organisation.MunicipalityGroup;
import se.stegvis.organisation.MunicipalityMainGroup;
import se.stegvis.organisation.Organisation;
import se.stegvis.organisation.OrganisationType;

/** Reads organisations and reference facts from the organisation feature's tables. */
@Repository
public class OrganisationRows {

	private static final String SELECT = """
			SELECT o.code, o.name, o.org_type, o.county_code, c.name AS county_name, c.region_name,
			       o.municipality_group, g.name AS group_name, g.main_group, m.name AS main_group_name, o.active
			FROM organisation o
			LEFT JOIN county c ON c.code = o.county_code
			LEFT JOIN municipality_group g ON g.code = o.municipality_group
			LEFT JOIN municipality_main_group m ON m.code = g.main_group
			""";

	private final JdbcClient jdbc;

	OrganisationRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Organisation> findAll() {
		return this.jdbc.sql(SELECT).query(OrganisationRows::map).list();
	}

	public Optional<Organisation> findByCode(String code) {
		return this.jdbc.sql(SELECT + " WHERE o.code = :code").param("code", code).query(OrganisationRows::map).optional();
	}

	public List<County> counties() {
		return this.jdbc.sql("SELECT code, name, region_name FROM county ORDER BY code")
			.query((rs, i) -> new County(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	public List<MunicipalityGroup> groups() {
		return this.jdbc.sql("SELECT code, name, main_group FROM municipality_group ORDER BY code")
			.query((rs, i) -> new MunicipalityGroup(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	public List<MunicipalityMainGroup> mainGroups() {
		return this.jdbc.sql("SELECT code, name FROM municipality_main_group ORDER BY code")
			.query((rs, i) -> new MunicipalityMainGroup(rs.getString(1), rs.getString(2)))
			.list();
	}

	public boolean countyExists(@Nullable String code) {
		return exists("county", code);
	}

	public boolean groupExists(@Nullable String code) {
		return exists("municipality_group", code);
	}

	public boolean mainGroupExists(@Nullable String code) {
		return exists("municipality_main_group", code);
	}

	private boolean exists(String table, @Nullable String code) {
		if (code == null) {
			return false;
		}
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE code = :code")
			.param("code", code.strip().toUpperCase(java.util.Locale.ROOT))
			.query(Long.class)
			.single() > 0;
	}

	/** Marks an organisation as using Stegvis (it has members or data). */
	public int activate(String code) {
		return this.jdbc.sql("UPDATE organisation SET active = TRUE WHERE code = :code").param("code", code).update();
	}

	private static Organisation map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Organisation(rs.getString("code"), rs.getString("name"),
				OrganisationType.valueOf(rs.getString("org_type")), rs.getString("county_code"),
				rs.getString("county_name"), rs.getString("region_name"), rs.getString("municipality_group"),
				rs.getString("group_name"), rs.getString("main_group"), rs.getString("main_group_name"),
				rs.getBoolean("active"));
	}

}

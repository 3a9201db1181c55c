package se.stegvis.model.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.stegvis.model.AssessmentModel;
import se.stegvis.model.LocalizedText;
import se.stegvis.model.ModelState;
import se.stegvis.model.ModelVersionInfo;
import se.stegvis.model.SemanticVersion;

/** Reads and writes the model feature's table {@code model_version}. */
@Repository
public class ModelVersionRows {

	private static final String INFO = """
			SELECT model_key, version, state, title, created_at, created_by, published_at, retired_at
			FROM model_version""";

	private static final String ORDER = " ORDER BY model_key, major DESC, minor DESC, patch DESC";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	ModelVersionRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every stored version, by model key and then newest version first. */
	public List<ModelVersionInfo> all() {
		return this.jdbc.sql(INFO + ORDER).query(ModelVersionRows::info).list();
	}

	public List<ModelVersionInfo> ofModel(String key) {
		return this.jdbc.sql(INFO + " WHERE model_key = :key" + ORDER).param("key", key).query(ModelVersionRows::info).list();
	}

	public Optional<ModelVersionInfo> find(String key, SemanticVersion version) {
		return this.jdbc.sql(INFO + " WHERE model_key = :key AND version = :version")
			.param("key", key)
			.param("version", version.toString())
			.query(ModelVersionRows::info)
			.optional();
	}

	public Optional<String> document(String key, SemanticVersion version) {
		return this.jdbc.sql("SELECT document FROM model_version WHERE model_key = :key AND version = :version")
			.param("key", key)
			.param("version", version.toString())
			.query(String.class)
			.optional();
	}

	/** Stores a new version; a (key, version) that exists makes the database refuse it. */
	public void insert(AssessmentModel model, String document, ModelState state, OffsetDateTime now, String who) {
		this.jdbc.sql("""
				INSERT INTO model_version (model_key, version, major, minor, patch, state, title, document,
				    created_at, created_by)
				VALUES (:key, :version, :major, :minor, :patch, :state, :title, :document, :now, :who)""")
			.param("key", model.key())
			.param("version", model.version().toString())
			.param("major", model.version().major())
			.param("minor", model.version().minor())
			.param("patch", model.version().patch())
			.param("state", state.name())
			.param("title", JSON.writeValueAsString(model.title().texts()))
			.param("document", document)
			.param("now", now)
			.param("who", who)
			.update();
	}

	/** Moves a DRAFT to PUBLISHED; 0 when it was not a DRAFT any more. */
	public int publish(String key, SemanticVersion version, OffsetDateTime now, String who) {
		return this.jdbc.sql("""
				UPDATE model_version SET state = 'PUBLISHED', published_at = :now, published_by = :who
				WHERE model_key = :key AND version = :version AND state = 'DRAFT'""")
			.param("key", key)
			.param("version", version.toString())
			.param("now", now)
			.param("who", who)
			.update();
	}

	/** Moves a PUBLISHED version to RETIRED; 0 when it was not PUBLISHED any more. */
	public int retire(String key, SemanticVersion version, OffsetDateTime now, String who) {
		return this.jdbc.sql("""
				UPDATE model_version SET state = 'RETIRED', retired_at = :now, retired_by = :who
				WHERE model_key = :key AND version = :version AND state = 'PUBLISHED'""")
			.param("key", key)
			.param("version", version.toString())
			.param("now", now)
			.param("who", who)
			.update();
	}

	private static ModelVersionInfo info(ResultSet rs, int row) throws SQLException {
		Map<String, String> title = JSON.readValue(rs.getString("title"), new TypeReference<Map<String, String>>() {
		});
		return new ModelVersionInfo(rs.getString("model_key"), SemanticVersion.of(rs.getString("version")),
				ModelState.valueOf(rs.getString("state")), new LocalizedText(title),
				rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"),
				rs.getObject("published_at", OffsetDateTime.class), rs.getObject("retired_at", OffsetDateTime.class));
	}

}

package se.stegvis.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.stegvis.model.internal.ModelDocuments;
import se.stegvis.model.internal.ModelVersionRows;
import se.stegvis.model.internal.ParsedModels;

/**
 * Reads stored model versions: what rounds, summaries and suggestions need of a model. Every model returned
 * is valid (it was validated when stored). A RETIRED version is still found by {@link #find}, so that old
 * rounds stay readable; it is only left out of {@link #publishedVersions()} and {@link #latestPublished}.
 */
@Service
@Transactional(readOnly = true)
public class ModelCatalog {

	private final ModelVersionRows rows;

	private final ParsedModels parsed;

	private final ModelDocuments documents;

	ModelCatalog(ModelVersionRows rows, ParsedModels parsed, ModelDocuments documents) {
		this.rows = rows;
		this.parsed = parsed;
		this.documents = documents;
	}

	/** Every stored version in every state, by model key and then newest version first. */
	public List<ModelVersionInfo> versions() {
		return this.rows.all();
	}

	/** The stored versions of one model, newest first; empty for an unknown key. */
	public List<ModelVersionInfo> versions(String key) {
		return this.rows.ofModel(key);
	}

	/** The PUBLISHED versions of every model, the ones a new round may use; by key, newest first. */
	public List<ModelVersionInfo> publishedVersions() {
		return this.rows.all().stream().filter((v) -> v.state() == ModelState.PUBLISHED).toList();
	}

	public Optional<ModelVersionInfo> info(String key, SemanticVersion version) {
		return this.rows.find(key, version);
	}

	/**
	 * One version in any state (DRAFT, PUBLISHED or RETIRED). Starts no transaction of its own: a kept version needs
	 * no statement, any other one; every round read asks.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Optional<AssessmentModel> find(String key, SemanticVersion version) {
		// Published and retired documents never change, so a parsed one needs no database read.
		Optional<AssessmentModel> cached = this.parsed.cached(key, version);
		return cached.isPresent() ? cached : this.rows.find(key, version).map(this::load);
	}

	/** One version in any state; empty also when {@code version} is not a semantic version. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Optional<AssessmentModel> find(String key, String version) {
		return SemanticVersion.parse(version).flatMap((v) -> find(key, v));
	}

	/** The highest PUBLISHED version of a model (retired and draft versions are left out). */
	public Optional<AssessmentModel> latestPublished(String key) {
		return latest(key, null);
	}

	/** The highest PUBLISHED version of one major line: the versions that are compared with each other. */
	public Optional<AssessmentModel> latestPublished(String key, int major) {
		return latest(key, major);
	}

	/** Every released (PUBLISHED or RETIRED) version of a model, oldest first. */
	public List<AssessmentModel> releasedVersions(String key) {
		return this.rows.ofModel(key)
			.stream()
			.filter((v) -> v.state() != ModelState.DRAFT)
			.sorted(Comparator.comparing(ModelVersionInfo::version))
			.map(this::load)
			.toList();
	}

	/** The document of one version as YAML or JSON, exactly what {@code POST /api/v1/models} accepts. */
	public Optional<byte[]> document(String key, SemanticVersion version, ModelFormat format) {
		return find(key, version).map((model) -> this.documents.write(model, format));
	}

	private Optional<AssessmentModel> latest(String key, @Nullable Integer major) {
		return this.rows.ofModel(key)
			.stream()
			.filter((v) -> v.state() == ModelState.PUBLISHED && (major == null || v.version().major() == major))
			.max(Comparator.comparing(ModelVersionInfo::version))
			.map(this::load);
	}

	private AssessmentModel load(ModelVersionInfo info) {
		return this.parsed.get(info, () -> this.rows.document(info.key(), info.version())
			.orElseThrow(() -> new ModelNotFoundException(info.key(), info.version().toString())));
	}

}

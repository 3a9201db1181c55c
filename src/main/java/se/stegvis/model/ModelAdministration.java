package se.stegvis.model;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.stegvis.model.internal.ModelDocuments;
import se.stegvis.model.internal.ModelVersionRows;
import se.stegvis.model.internal.VersionRules;

/**
 * Creates, publishes and retires model versions (DESIGN.md §5) — the work of system administrators. Each
 * step is one transaction and changes nothing when it fails: an invalid document is never half-imported.
 */
@Service
@Transactional
public class ModelAdministration {

	private final ModelDocuments documents;

	private final ModelVersionRows rows;

	private final ModelCatalog catalog;

	ModelAdministration(ModelDocuments documents, ModelVersionRows rows, ModelCatalog catalog) {
		this.documents = documents;
		this.rows = rows;
		this.catalog = catalog;
	}

	/**
	 * Stores a new version as a DRAFT.
	 * @param who the username of the administrator, or {@code system} for a built-in model
	 * @throws InvalidModelException with every problem of the document, including the versioning rules
	 *     checked against the released versions of the same model
	 * @throws ModelConflictException when the version exists already
	 */
	public ModelVersionInfo create(byte[] document, ModelFormat format, String who) {
		AssessmentModel model = this.documents.read(document, format);
		if (this.rows.find(model.key(), model.version()).isPresent()) {
			throw exists(model);
		}
		requireVersionRules(model);
		try {
			this.rows.insert(model, this.documents.storedForm(model), ModelState.DRAFT, now(), who);
		}
		catch (DuplicateKeyException ex) {
			throw exists(model);
		}
		return this.rows.find(model.key(), model.version()).orElseThrow();
	}

	/**
	 * Publishes a DRAFT: it is offered to new rounds and never changes again. The versioning rules are checked
	 * again against the versions released meanwhile.
	 * @throws ModelNotFoundException when there is no such version
	 * @throws ModelConflictException when it is not a DRAFT
	 * @throws InvalidModelException when it breaks a versioning rule
	 */
	public ModelVersionInfo publish(String key, SemanticVersion version, String who) {
		ModelVersionInfo info = existing(key, version);
		if (info.state() != ModelState.DRAFT) {
			throw new ModelConflictException("model.conflict.notDraft", key, version, info.state());
		}
		requireVersionRules(this.catalog.find(key, version).orElseThrow());
		if (this.rows.publish(key, version, now(), who) == 0) {
			throw new ModelConflictException("model.conflict.notDraft", key, version, ModelState.PUBLISHED);
		}
		return existing(key, version);
	}

	/**
	 * Retires a PUBLISHED version: hidden from new rounds, while every old round stays readable.
	 * @throws ModelNotFoundException when there is no such version
	 * @throws ModelConflictException when it is not PUBLISHED
	 */
	public ModelVersionInfo retire(String key, SemanticVersion version, String who) {
		ModelVersionInfo info = existing(key, version);
		if (info.state() != ModelState.PUBLISHED || this.rows.retire(key, version, now(), who) == 0) {
			throw new ModelConflictException("model.conflict.notPublished", key, version, info.state());
		}
		return existing(key, version);
	}

	private void requireVersionRules(AssessmentModel model) {
		List<AssessmentModel> released = this.catalog.releasedVersions(model.key())
			.stream()
			.filter((m) -> !m.version().equals(model.version()))
			.toList();
		List<ModelProblem> problems = VersionRules.check(model, released);
		if (!problems.isEmpty()) {
			throw new InvalidModelException(problems);
		}
	}

	private ModelVersionInfo existing(String key, SemanticVersion version) {
		return this.rows.find(key, version).orElseThrow(() -> new ModelNotFoundException(key, version.toString()));
	}

	private static ModelConflictException exists(AssessmentModel model) {
		return new ModelConflictException("model.conflict.exists", model.key(), model.version());
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}

package se.stegvis.model.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import se.stegvis.model.AssessmentModel;
import se.stegvis.model.ModelState;
import se.stegvis.model.ModelVersionInfo;
import se.stegvis.model.SemanticVersion;

/**
 * Parsed models by (key, version), per node. Only versions that are PUBLISHED or RETIRED are kept: their
 * documents never change, so every node may keep its own copy. A DRAFT is parsed afresh on every read.
 */
@Component
public class ParsedModels {

	private record Id(String key, SemanticVersion version) {
	}

	private final Map<Id, AssessmentModel> cache = new ConcurrentHashMap<>();

	private final ModelDocuments documents;

	ParsedModels(ModelDocuments documents) {
		this.documents = documents;
	}

	/** A PUBLISHED or RETIRED version parsed before, without reading the database; empty otherwise. */
	public Optional<AssessmentModel> cached(String key, SemanticVersion version) {
		return Optional.ofNullable(this.cache.get(new Id(key, version)));
	}

	public AssessmentModel get(ModelVersionInfo info, Supplier<String> storedDocument) {
		if (info.state() == ModelState.DRAFT) {
			return this.documents.fromStoredForm(storedDocument.get());
		}
		return this.cache.computeIfAbsent(new Id(info.key(), info.version()),
				(id) -> this.documents.fromStoredForm(storedDocument.get()));
	}

}

package se.stegvis.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.stegvis.model.AssessmentModel;
import se.stegvis.model.InvalidModelException;
import se.stegvis.model.ModelAdministration;
import se.stegvis.model.ModelCatalog;
import se.stegvis.model.ModelConflictException;
import se.stegvis.model.ModelFormat;

/**
 * Imports and publishes the built-in models at every start, in every profile: each file matching
 * {@code stegvis.models.built-in} (by default {@code models/stegvis-*.yaml}) whose version is not stored
 * yet. Idempotent, and safe when several nodes start at once. A built-in model that is invalid stops the
 * start with every problem in the log: it is a mistake in the release, not in the data.
 */
@Component
@Order(10)
class BuiltInModels implements ApplicationRunner {

	static final String SYSTEM = "system";

	private static final Logger log = LoggerFactory.getLogger(BuiltInModels.class);

	private final ModelAdministration administration;

	private final ModelCatalog catalog;

	private final ModelDocuments documents;

	private final TransactionTemplate transactions;

	private final String pattern;

	BuiltInModels(ModelAdministration administration, ModelCatalog catalog, ModelDocuments documents,
			TransactionTemplate transactions,
			@Value("${stegvis.models.built-in:classpath*:models/stegvis-*.yaml}") String pattern) {
		this.administration = administration;
		this.catalog = catalog;
		this.documents = documents;
		this.transactions = transactions;
		this.pattern = pattern;
	}

	private record BuiltIn(String file, byte[] document, AssessmentModel model) {
	}

	@Override
	public void run(ApplicationArguments args) {
		List<BuiltIn> builtIns = new ArrayList<>();
		for (Resource resource : resources()) {
			byte[] document = read(resource);
			try {
				builtIns.add(new BuiltIn(resource.getFilename(), document, this.documents.read(document, ModelFormat.YAML)));
			}
			catch (InvalidModelException ex) {
				throw new IllegalStateException("Built-in model " + resource.getFilename() + " is invalid: " + ex.problems(), ex);
			}
		}
		builtIns.sort(Comparator.comparing((BuiltIn b) -> b.model().key()).thenComparing((b) -> b.model().version()));
		builtIns.forEach(this::importIfAbsent);
	}

	private void importIfAbsent(BuiltIn builtIn) {
		AssessmentModel model = builtIn.model();
		if (this.catalog.info(model.key(), model.version()).isPresent()) {
			return;
		}
		try {
			this.transactions.executeWithoutResult((status) -> {
				this.administration.create(builtIn.document(), ModelFormat.YAML, SYSTEM);
				this.administration.publish(model.key(), model.version(), SYSTEM);
			});
			log.info("Built-in model {} {} imported and published from {}", model.key(), model.version(), builtIn.file());
		}
		catch (ModelConflictException ex) {
			log.info("Built-in model {} {} was imported by another node", model.key(), model.version());
		}
		catch (InvalidModelException ex) {
			throw new IllegalStateException("Built-in model " + builtIn.file() + " breaks a versioning rule: "
					+ ex.problems(), ex);
		}
	}

	private List<Resource> resources() {
		try {
			return List.of(new PathMatchingResourcePatternResolver().getResources(this.pattern));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list built-in models " + this.pattern, ex);
		}
	}

	private static byte[] read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read built-in model " + resource.getFilename(), ex);
		}
	}

}

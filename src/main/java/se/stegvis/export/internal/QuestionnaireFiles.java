package se.stegvis.export.internal;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import se.stegvis.account.CurrentUser;
import se.stegvis.account.CurrentUsers;
import se.stegvis.model.AssessmentModel;
import se.stegvis.model.ModelCatalog;
import se.stegvis.model.ModelNotFoundException;
import se.stegvis.model.ModelState;
import se.stegvis.model.ModelVersionInfo;
import se.stegvis.model.SemanticVersion;

/**
 * The blank questionnaire of a model version, as PDF and XLSX. Published and retired versions are reference facts
 * that every signed-in user may read; a DRAFT only a system administrator, as on the model pages (others get 404,
 * as for an unknown version).
 */
@Component
class QuestionnaireFiles {

	/** How many rendered questionnaires to keep at most. */
	static final int KEPT = 32;

	static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ModelCatalog catalog;

	private final CurrentUsers users;

	private final PdfFiles pdf;

	private final XlsxFiles xlsx;

	/**
	 * Rendered questionnaire PDFs of published and retired versions by key, version and language: such a version
	 * never changes, and its PDF takes seconds to lay out (docs/performance.md). Any node can render it again, so
	 * this is a cache, not state; it is emptied when it outgrows {@link #KEPT}.
	 */
	private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();

	QuestionnaireFiles(ModelCatalog catalog, CurrentUsers users, PdfFiles pdf, XlsxFiles xlsx) {
		this.catalog = catalog;
		this.users = users;
		this.pdf = pdf;
		this.xlsx = xlsx;
	}

	ResponseEntity<byte[]> pdf(String key, String version, Locale locale) {
		ModelVersionInfo info = info(key, version);
		AssessmentModel model = model(info);
		byte[] file = info.state() == ModelState.DRAFT ? this.pdf.questionnaire(model, locale)
				: this.rendered.computeIfAbsent(key + "/" + info.version() + "/" + locale.toLanguageTag(),
						(k) -> this.pdf.questionnaire(model, locale));
		if (this.rendered.size() > KEPT) {
			this.rendered.clear();
		}
		return RoundFiles.download(file, MediaType.APPLICATION_PDF, name(model, "pdf"));
	}

	ResponseEntity<byte[]> xlsx(String key, String version, Locale locale) {
		AssessmentModel model = model(info(key, version));
		return RoundFiles.download(this.xlsx.questionnaire(model, locale), XLSX, name(model, "xlsx"));
	}

	private ModelVersionInfo info(String key, String version) {
		SemanticVersion v = SemanticVersion.parse(version).orElseThrow(() -> new ModelNotFoundException(key, version));
		boolean administrator = this.users.current().map(CurrentUser::systemAdmin).orElse(false);
		return this.catalog.info(key, v)
			.filter((i) -> i.state() != ModelState.DRAFT || administrator)
			.orElseThrow(() -> new ModelNotFoundException(key, version));
	}

	private AssessmentModel model(ModelVersionInfo info) {
		return this.catalog.find(info.key(), info.version())
			.orElseThrow(() -> new ModelNotFoundException(info.key(), info.version().toString()));
	}

	private static String name(AssessmentModel model, String extension) {
		return model.key() + "-" + model.version() + "-frageformular." + extension;
	}

}

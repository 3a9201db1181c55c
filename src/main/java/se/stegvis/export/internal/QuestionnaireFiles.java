package se.stegvis.export.internal;

import java.util.Locale;

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

	static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ModelCatalog catalog;

	private final CurrentUsers users;

	private final PdfFiles pdf;

	private final XlsxFiles xlsx;

	QuestionnaireFiles(ModelCatalog catalog, CurrentUsers users, PdfFiles pdf, XlsxFiles xlsx) {
		this.catalog = catalog;
		this.users = users;
		this.pdf = pdf;
		this.xlsx = xlsx;
	}

	ResponseEntity<byte[]> pdf(String key, String version, Locale locale) {
		AssessmentModel model = visible(key, version);
		return RoundFiles.download(this.pdf.questionnaire(model, locale), MediaType.APPLICATION_PDF, name(model, "pdf"));
	}

	ResponseEntity<byte[]> xlsx(String key, String version, Locale locale) {
		AssessmentModel model = visible(key, version);
		return RoundFiles.download(this.xlsx.questionnaire(model, locale), XLSX, name(model, "xlsx"));
	}

	private AssessmentModel visible(String key, String version) {
		SemanticVersion v = SemanticVersion.parse(version).orElseThrow(() -> new ModelNotFoundException(key, version));
		boolean administrator = this.users.current().map(CurrentUser::systemAdmin).orElse(false);
		ModelVersionInfo info = this.catalog.info(key, v)
			.filter((i) -> i.state() != ModelState.DRAFT || administrator)
			.orElseThrow(() -> new ModelNotFoundException(key, version));
		return this.catalog.find(key, info.version()).orElseThrow(() -> new ModelNotFoundException(key, version));
	}

	private static String name(AssessmentModel model, String extension) {
		return model.key() + "-" + model.version() + "-frageformular." + extension;
	}

}

package se.stegvis.export.internal;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The blank questionnaire of a model version in the API, for preparing a rating meeting on paper. Reference facts:
 * every signed-in user (drafts only system administrators).
 */
@RestController
@Tag(name = "Export")
class QuestionnaireController {

	private final QuestionnaireFiles files;

	QuestionnaireController(QuestionnaireFiles files) {
		this.files = files;
	}

	@GetMapping("/api/v1/models/{key}/versions/{version}/questionnaire.pdf")
	@Operation(summary = "Ett tomt frågeformulär för versionen som tillgänglig PDF")
	ResponseEntity<byte[]> apiPdf(@PathVariable String key, @PathVariable String version, Locale locale) {
		return this.files.pdf(key, version, locale);
	}

	@GetMapping("/api/v1/models/{key}/versions/{version}/questionnaire.xlsx")
	@Operation(summary = "Ett tomt frågeformulär för versionen som Excel-fil")
	ResponseEntity<byte[]> apiXlsx(@PathVariable String key, @PathVariable String version, Locale locale) {
		return this.files.xlsx(key, version, locale);
	}

}

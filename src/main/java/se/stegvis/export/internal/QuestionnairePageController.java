package se.stegvis.export.internal;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The blank questionnaire as downloads of the model version page, for signed-in browsers (the API takes tokens). */
@Controller
class QuestionnairePageController {

	private final QuestionnaireFiles files;

	QuestionnairePageController(QuestionnaireFiles files) {
		this.files = files;
	}

	@GetMapping("/modeller/{key}/{version}/fragor.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String key, @PathVariable String version, Locale locale) {
		return this.files.pdf(key, version, locale);
	}

	@GetMapping("/modeller/{key}/{version}/fragor.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String key, @PathVariable String version, Locale locale) {
		return this.files.xlsx(key, version, locale);
	}

}

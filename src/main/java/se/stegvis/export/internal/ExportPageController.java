package se.stegvis.export.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.stegvis.account.OrganisationScoped;

/**
 * The downloads of a round for signed-in browsers (the API takes tokens only): the same files as
 * {@link ExportApiController}, linked from the summary page. Every member; others get 404.
 */
@Controller
@OrganisationScoped
class ExportPageController {

	private final RoundFiles files;

	ExportPageController(RoundFiles files) {
		this.files = files;
	}

	@GetMapping("/omgangar/{id}/ladda-ner/rapport.pdf")
	ResponseEntity<byte[]> report(@PathVariable long id,
			@RequestParam(name = "jamforelse", required = false) @Nullable String choice, Locale locale) {
		return this.files.file(id, RoundFiles.Kind.REPORT_PDF, RoundFiles.pageChoice(choice), locale);
	}

	@GetMapping("/omgangar/{id}/ladda-ner/sammanfattning.pdf")
	ResponseEntity<byte[]> summary(@PathVariable long id,
			@RequestParam(name = "jamforelse", required = false) @Nullable String choice, Locale locale) {
		return this.files.file(id, RoundFiles.Kind.SUMMARY_PDF, RoundFiles.pageChoice(choice), locale);
	}

	@GetMapping("/omgangar/{id}/ladda-ner/omgang.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id,
			@RequestParam(name = "jamforelse", required = false) @Nullable String choice, Locale locale) {
		return this.files.file(id, RoundFiles.Kind.XLSX, RoundFiles.pageChoice(choice), locale);
	}

	@GetMapping("/omgangar/{id}/ladda-ner/svar.csv")
	ResponseEntity<byte[]> answers(@PathVariable long id, Locale locale) {
		return this.files.file(id, RoundFiles.Kind.ANSWERS_CSV, null, locale);
	}

	@GetMapping("/omgangar/{id}/ladda-ner/atgarder.csv")
	ResponseEntity<byte[]> actionItems(@PathVariable long id, Locale locale) {
		return this.files.file(id, RoundFiles.Kind.ACTION_ITEMS_CSV, null, locale);
	}

}

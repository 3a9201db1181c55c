package se.stegvis.export.internal;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.stegvis.account.OrganisationScoped;
import se.stegvis.summary.ComparisonScope;

/**
 * The exports of a round (DESIGN.md §5 "Exports"): every member of the round's organisation, as for the summary;
 * others and unknown rounds get 404.
 */
@RestController
@OrganisationScoped
@Tag(name = "Export", description = "Rapport, sammanfattning, Excel, CSV och JSON för en omgång")
class ExportApiController {

	private static final String COMPARISON = "Jämförelsen som rapporten visar (förval NATIONAL; saknas gruppen visas riket)";

	private final RoundFiles files;

	ExportApiController(RoundFiles files) {
		this.files = files;
	}

	@GetMapping("/api/v1/assessments/{id}/report.pdf")
	@Operation(summary = "Rapporten som tillgänglig PDF (PDF/UA)")
	ResponseEntity<byte[]> report(@PathVariable long id,
			@Parameter(description = COMPARISON) @RequestParam(required = false) @Nullable ComparisonScope comparison,
			Locale locale) {
		return this.files.file(id, RoundFiles.Kind.REPORT_PDF, comparison, locale);
	}

	@GetMapping("/api/v1/assessments/{id}/summary.pdf")
	@Operation(summary = "Nämndsammanfattningen på en sida som PDF")
	ResponseEntity<byte[]> summary(@PathVariable long id,
			@Parameter(description = COMPARISON) @RequestParam(required = false) @Nullable ComparisonScope comparison,
			Locale locale) {
		return this.files.file(id, RoundFiles.Kind.SUMMARY_PDF, comparison, locale);
	}

	@GetMapping("/api/v1/assessments/{id}/export.xlsx")
	@Operation(summary = "Svar, poäng, jämförelser och handlingsplan som Excel-fil")
	ResponseEntity<byte[]> xlsx(@PathVariable long id,
			@Parameter(description = COMPARISON) @RequestParam(required = false) @Nullable ComparisonScope comparison,
			Locale locale) {
		return this.files.file(id, RoundFiles.Kind.XLSX, comparison, locale);
	}

	@GetMapping("/api/v1/assessments/{id}/answers.csv")
	@Operation(summary = "Svaren som CSV för svenskt Excel (UTF-8 med BOM, semikolon, decimalkomma)")
	ResponseEntity<byte[]> answers(@PathVariable long id, Locale locale) {
		return this.files.file(id, RoundFiles.Kind.ANSWERS_CSV, null, locale);
	}

	@GetMapping("/api/v1/assessments/{id}/action-items.csv")
	@Operation(summary = "Handlingsplanen som CSV för svenskt Excel (UTF-8 med BOM, semikolon, decimalkomma)")
	ResponseEntity<byte[]> actionItems(@PathVariable long id, Locale locale) {
		return this.files.file(id, RoundFiles.Kind.ACTION_ITEMS_CSV, null, locale);
	}

	@GetMapping("/api/v1/assessments/{id}/export.json")
	@Operation(summary = "Hela omgången som JSON: omgången, svaren, sammanfattningen med jämförelser och åtgärderna")
	ExportJson json(@PathVariable long id,
			@Parameter(description = COMPARISON) @RequestParam(required = false) @Nullable ComparisonScope comparison,
			Locale locale) {
		return this.files.json(id, comparison, locale);
	}

}

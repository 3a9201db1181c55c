package se.stegvis.summary.internal;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import se.stegvis.account.OrganisationScoped;
import se.stegvis.summary.SummaryBody;

/** The summary API (DESIGN.md §5 "Summary"): every member of the round's organisation reads it; others get 404. */
@RestController
@OrganisationScoped
@Tag(name = "Sammanfattning", description = "Poäng, jämförelser, trend och profil för en omgång")
class SummaryApiController {

	private final SummaryResponses responses;

	SummaryApiController(SummaryResponses responses) {
		this.responses = responses;
	}

	/** The body is serialised JSON (cached for a completed round, see {@link SummaryResponses}). */
	@GetMapping("/api/v1/assessments/{id}/summary")
	@Operation(summary = "Sammanfattningen av en omgång: poäng, täckning, jämförelser, trend och profil")
	@ApiResponse(responseCode = "200", description = "Sammanfattningen",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = SummaryBody.class)))
	ResponseEntity<byte[]> summary(@PathVariable long id, Locale locale) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(this.responses.body(id, locale));
	}

}

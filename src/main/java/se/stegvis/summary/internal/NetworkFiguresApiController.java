package se.stegvis.summary.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.stegvis.account.OrganisationScoped;
import se.stegvis.summary.NetworkComparisons;
import se.stegvis.summary.NetworkComparisons.UnknownModelChoiceException;
import se.stegvis.web.ProblemResponses;
import se.stegvis.web.ProblemResponses.FieldError;

/**
 * {@code GET /api/v1/networks/{id}} (DESIGN.md §5 "Networks"): consenting members' latest results by name. Members
 * of consenting organisations and coordinators get the figures; members whose organisation has not consented get
 * the invitation only; anyone else 404.
 */
@RestController
@Tag(name = "Nätverk")
class NetworkFiguresApiController {

	private final NetworkComparisons networks;

	private final MessageSource messages;

	NetworkFiguresApiController(NetworkComparisons networks, MessageSource messages) {
		this.networks = networks;
		this.messages = messages;
	}

	@GetMapping("/api/v1/networks/{id}")
	@OrganisationScoped
	@Operation(summary = "Ett nätverk: de samtyckande medlemmarnas senaste resultat med namn, och nätverkets medelvärde",
			description = "modelKey väljer bedömningsmodell (standard: den som flest medlemmar använt). En medlem som inte samtyckt ser bara inbjudan.")
	NetworkBody network(@PathVariable long id, @RequestParam(name = "modelKey", required = false) @Nullable String modelKey) {
		return NetworkBody.of(this.networks.result(id, modelKey));
	}

	@ExceptionHandler(UnknownModelChoiceException.class)
	ProblemDetail unknownModel(UnknownModelChoiceException ex) {
		String message = this.messages.getMessage("network.model.unknown",
				new Object[] { ex.modelKey(), String.join(", ", ex.available()) }, LocaleContextHolder.getLocale());
		return ProblemResponses.validation(this.messages.getMessage("problem.validation.detail", null,
				LocaleContextHolder.getLocale()), List.of(new FieldError("modelKey", message)));
	}

}

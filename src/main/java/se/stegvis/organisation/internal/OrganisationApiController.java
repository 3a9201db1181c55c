package se.stegvis.organisation.internal;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.stegvis.organisation.Organisation;
import se.stegvis.organisation.OrganisationCatalog;
import se.stegvis.organisation.OrganisationFilter;
import se.stegvis.organisation.OrganisationType;
import se.stegvis.organisation.UnknownReferenceException;
import se.stegvis.web.NotFoundException;
import se.stegvis.web.ProblemResponses;
import se.stegvis.web.ProblemResponses.FieldError;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisationer", description = "Kommuner, regioner och andra organisationer med län och SKR:s kommungrupper")
class OrganisationApiController {

	private final OrganisationCatalog catalog;

	private final MessageSource messages;

	OrganisationApiController(OrganisationCatalog catalog, MessageSource messages) {
		this.catalog = catalog;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Lista organisationer, sorterade i svensk ordning",
			description = "Filtrera med region (länskod), group (kommungrupp A1–C9), mainGroup (A, B, C), type och q (fritext).")
	List<OrganisationResponse> list(@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String group,
			@RequestParam(required = false) @Nullable String mainGroup,
			@RequestParam(required = false) @Nullable OrganisationType type,
			@RequestParam(required = false) @Nullable String q) {
		return this.catalog.search(new OrganisationFilter(q, region, group, mainGroup, type))
			.stream()
			.map(OrganisationResponse::from)
			.toList();
	}

	@GetMapping("/{code}")
	@Operation(summary = "En organisation")
	OrganisationResponse get(@PathVariable String code) {
		return this.catalog.findByCode(code)
			.map(OrganisationResponse::from)
			.orElseThrow(() -> new NotFoundException(this.messages.getMessage("organisations.problem.notFound",
					new Object[] { code }, LocaleContextHolder.getLocale())));
	}

	@ExceptionHandler(UnknownReferenceException.class)
	ProblemDetail unknownReference(UnknownReferenceException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemResponses.validation(
				this.messages.getMessage("organisations.problem.unknown", null, locale),
				List.of(new FieldError(ex.field(), this.messages.getMessage(
						"organisations.problem.unknown." + ex.field(), new Object[] { ex.value() }, locale))));
		problem.setStatus(HttpStatus.BAD_REQUEST.value());
		return problem;
	}

	/** An organisation as the API shows it (DESIGN.md §5). */
	record OrganisationResponse(String code, String name, OrganisationType type, @Nullable String regionCode,
			@Nullable String regionName, @Nullable String countyName, @Nullable String municipalityGroup,
			@Nullable String municipalityGroupName, @Nullable String municipalityMainGroup) {

		static OrganisationResponse from(Organisation o) {
			return new OrganisationResponse(o.code(), o.name(), o.type(), o.regionCode(), o.regionName(),
					o.countyName(), o.municipalityGroup(), o.municipalityGroupName(), o.municipalityMainGroup());
		}

	}

}

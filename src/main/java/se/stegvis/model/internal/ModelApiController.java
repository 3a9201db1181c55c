package se.stegvis.model.internal;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.stegvis.account.CurrentUsers;
import se.stegvis.model.InvalidModelException;
import se.stegvis.model.ModelAdministration;
import se.stegvis.model.ModelCatalog;
import se.stegvis.model.ModelConflictException;
import se.stegvis.model.ModelFormat;
import se.stegvis.model.ModelNotFoundException;
import se.stegvis.model.ModelState;
import se.stegvis.model.ModelVersionInfo;
import se.stegvis.model.SemanticVersion;
import se.stegvis.model.internal.ModelDocumentLimit.DocumentTooLargeException;
import se.stegvis.web.ProblemResponses;
import se.stegvis.web.ProblemResponses.FieldError;

/**
 * {@code /api/v1/models} (DESIGN.md §5): models and their versions for everyone signed in; upload, publish
 * and retire for system administrators. A version's document is served as JSON or, with
 * {@code Accept: application/yaml}, as YAML — exactly what {@code POST} accepts. Drafts are listed and served
 * to system administrators only (404 for everyone else); a body above {@link ModelDocumentLimit} is 413.
 */
@RestController
@RequestMapping("/api/v1/models")
@Tag(name = "Bedömningsmodeller", description = "Versionerade bedömningsmodeller: lista, hämta som YAML eller JSON, "
		+ "ladda upp, publicera och dra tillbaka")
class ModelApiController {

	private final ModelCatalog catalog;

	private final ModelAdministration administration;

	private final ModelVisibility visibility;

	private final ModelDocumentLimit limit;

	private final CurrentUsers users;

	private final MessageSource messages;

	ModelApiController(ModelCatalog catalog, ModelAdministration administration, ModelVisibility visibility,
			ModelDocumentLimit limit, CurrentUsers users, MessageSource messages) {
		this.catalog = catalog;
		this.administration = administration;
		this.visibility = visibility;
		this.limit = limit;
		this.users = users;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Lista modeller med deras versioner och status (DRAFT, PUBLISHED, RETIRED)",
			description = "Utkast (DRAFT) visas bara för systemadministratörer.")
	List<ModelResponse> list() {
		Map<String, List<ModelVersionInfo>> byKey = new LinkedHashMap<>();
		this.visibility.versions().forEach((v) -> byKey.computeIfAbsent(v.key(), (k) -> new ArrayList<>()).add(v));
		return byKey.values().stream().map(ModelResponse::from).toList();
	}

	@GetMapping(path = "/{key}/versions/{version}", produces = { MediaType.APPLICATION_JSON_VALUE, "application/yaml",
			"application/x-yaml", "text/yaml", "text/x-yaml" })
	@Operation(summary = "En version som JSON, eller som YAML med Accept: application/yaml",
			description = "Svaret är exakt det som POST /api/v1/models tar emot. Versionens status står i huvudet "
					+ "Stegvis-Model-State. Ett utkast finns bara för systemadministratörer (404 för andra).")
	ResponseEntity<byte[]> get(@PathVariable String key, @PathVariable String version,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
		ModelVersionInfo info = this.visibility.require(key, version);
		ModelFormat format = preferred(accept);
		byte[] document = this.catalog.document(key, info.version(), format).orElseThrow(() -> new ModelNotFoundException(key, version));
		return ResponseEntity.ok()
			.contentType(format == ModelFormat.YAML ? new MediaType("application", "yaml", StandardCharsets.UTF_8)
					: MediaType.APPLICATION_JSON)
			.header("Stegvis-Model-State", info.state().name())
			.body(document);
	}

	@PostMapping(consumes = { MediaType.APPLICATION_JSON_VALUE, "application/yaml", "application/x-yaml", "text/yaml",
			"text/x-yaml" })
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Operation(summary = "Ladda upp en ny version som utkast (DRAFT), i YAML eller JSON",
			description = "400 med varje fel och dess sökväg; 409 om versionen redan finns; 413 för ett dokument över "
					+ "5 MiB. Bara systemadministratörer.")
	ResponseEntity<VersionResponse> create(InputStream body, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType) {
		ModelFormat format = ModelFormat.ofMediaType(contentType).orElse(ModelFormat.JSON);
		ModelVersionInfo created = this.administration.create(this.limit.read(body), format, who());
		return ResponseEntity.created(URI.create("/api/v1/models/" + created.key() + "/versions/" + created.version()))
			.body(VersionResponse.from(created));
	}

	@PostMapping("/{key}/versions/{version}/publish")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Operation(summary = "Publicera ett utkast: det erbjuds nya omgångar och ändras aldrig mer")
	VersionResponse publish(@PathVariable String key, @PathVariable String version) {
		return VersionResponse.from(this.administration.publish(key, parse(key, version), who()));
	}

	@PostMapping("/{key}/versions/{version}/retire")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Operation(summary = "Dra tillbaka en publicerad version: dold för nya omgångar, gamla omgångar går att läsa")
	VersionResponse retire(@PathVariable String key, @PathVariable String version) {
		return VersionResponse.from(this.administration.retire(key, parse(key, version), who()));
	}

	@ExceptionHandler(InvalidModelException.class)
	ProblemDetail invalid(InvalidModelException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		List<FieldError> errors = ex.problems()
			.stream()
			.map((p) -> new FieldError(p.path().isEmpty() ? "body" : p.path(), p.message(this.messages, locale)))
			.toList();
		return ProblemResponses.validation(text("model.problem.detail", errors.size()), errors);
	}

	@ExceptionHandler(ModelConflictException.class)
	ProblemDetail conflict(ModelConflictException ex) {
		return ProblemResponses.of(HttpStatus.CONFLICT, text("model.conflict.title"),
				text(ex.code(), ex.arguments().stream().map(String::valueOf).toArray()));
	}

	@ExceptionHandler(DocumentTooLargeException.class)
	ProblemDetail tooLarge() {
		return ProblemResponses.of(HttpStatus.CONTENT_TOO_LARGE, text("model.tooLarge.title"),
				text("model.tooLarge", this.limit.megabytes()));
	}

	@ExceptionHandler(ModelNotFoundException.class)
	ProblemDetail notFound(ModelNotFoundException ex) {
		return ProblemResponses.of(HttpStatus.NOT_FOUND, text("problem.notFound.title"),
				text("model.notFound", ex.key(), ex.version()));
	}

	private static SemanticVersion parse(String key, String version) {
		return SemanticVersion.parse(version).orElseThrow(() -> new ModelNotFoundException(key, version));
	}

	/** YAML when the client prefers a YAML type to JSON; JSON otherwise (also for a missing Accept). */
	private static ModelFormat preferred(@Nullable String accept) {
		if (accept == null) {
			return ModelFormat.JSON;
		}
		List<MediaType> types = new ArrayList<>(MediaType.parseMediaTypes(accept));
		types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		for (MediaType type : types) {
			if (!type.isWildcardType() && !type.isWildcardSubtype()) {
				ModelFormat format = ModelFormat.ofMediaType(type.toString()).orElse(null);
				if (format != null) {
					return format;
				}
			}
		}
		return ModelFormat.JSON;
	}

	/** The signed-in administrator's username, recorded with the version. */
	private String who() {
		return this.users.require().username();
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/** A model and its versions, newest first. */
	record ModelResponse(String key, Map<String, String> title, List<VersionResponse> versions) {

		static ModelResponse from(List<ModelVersionInfo> versions) {
			ModelVersionInfo newest = versions.get(0);
			return new ModelResponse(newest.key(), newest.title().texts(),
					versions.stream().map(VersionResponse::from).toList());
		}

	}

	/** One stored version and its state. */
	record VersionResponse(String key, String version, ModelState state, Map<String, String> title,
			OffsetDateTime createdAt, @Nullable OffsetDateTime publishedAt, @Nullable OffsetDateTime retiredAt) {

		static VersionResponse from(ModelVersionInfo info) {
			return new VersionResponse(info.key(), info.version().toString(), info.state(), info.title().texts(),
					info.createdAt(), info.publishedAt(), info.retiredAt());
		}

	}

}

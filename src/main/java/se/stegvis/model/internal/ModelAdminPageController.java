package se.stegvis.model.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

import se.stegvis.account.CurrentUsers;
import se.stegvis.model.InvalidModelException;
import se.stegvis.model.ModelAdministration;
import se.stegvis.model.ModelConflictException;
import se.stegvis.model.ModelFormat;
import se.stegvis.model.ModelProblem;
import se.stegvis.model.ModelState;
import se.stegvis.model.ModelVersionInfo;
import se.stegvis.model.SemanticVersion;
import se.stegvis.model.ModelNotFoundException;
import se.stegvis.web.FormErrors;

/**
 * The system administrator's model pages: upload a version (a YAML or JSON file, or the document pasted)
 * as a DRAFT, publish a draft, retire a published version. A refused step shows every problem in Swedish
 * and changes nothing.
 */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class ModelAdminPageController {

	static final String FILE = "file";

	static final String DOCUMENT = "document";

	private final ModelAdministration administration;

	private final ModelDocumentLimit limit;

	private final VersionPages pages;

	private final CurrentUsers users;

	private final MessageSource messages;

	ModelAdminPageController(ModelAdministration administration, ModelDocumentLimit limit, VersionPages pages,
			CurrentUsers users, MessageSource messages) {
		this.administration = administration;
		this.limit = limit;
		this.pages = pages;
		this.users = users;
		this.messages = messages;
	}

	@GetMapping("/modeller/ladda-upp")
	String uploadForm(Model model) {
		return uploadPage(FormErrors.none(), "", model);
	}

	/** A multipart form (file and text area); an url-encoded post with the text area alone works too. */
	@PostMapping("/modeller/ladda-upp")
	ModelAndView upload(@RequestParam(name = FILE, required = false) @Nullable MultipartFile file,
			@RequestParam(name = DOCUMENT, required = false) @Nullable String document, Model model, Locale locale) {
		String pasted = document == null ? "" : document;
		boolean fromFile = file != null && !file.isEmpty();
		String field = fromFile ? FILE : DOCUMENT;
		if (!fromFile && pasted.isBlank()) {
			return refused(FormErrors.of(FILE, text(locale, "model.upload.error.none")), pasted, HttpStatus.BAD_REQUEST, model);
		}
		long size = fromFile ? file.getSize() : pasted.getBytes(StandardCharsets.UTF_8).length;
		if (this.limit.exceededBy(size)) {
			return refused(FormErrors.of(field, text(locale, "model.tooLarge", this.limit.megabytes())), pasted,
					HttpStatus.CONTENT_TOO_LARGE, model);
		}
		byte[] bytes = fromFile ? bytes(file) : pasted.getBytes(StandardCharsets.UTF_8);
		try {
			ModelVersionInfo created = this.administration.create(bytes, format(fromFile ? file : null, bytes), who());
			return new ModelAndView("redirect:" + path(created) + "?uppladdad");
		}
		catch (InvalidModelException ex) {
			return refused(problems(field, ex.problems(), locale), pasted, HttpStatus.BAD_REQUEST, model);
		}
		catch (ModelConflictException ex) {
			return refused(FormErrors.of(field, conflict(ex, locale)), pasted, HttpStatus.CONFLICT, model);
		}
	}

	@PostMapping("/modeller/{key}/{version}/publicera")
	ModelAndView publish(@PathVariable String key, @PathVariable String version, Model model, Locale locale) {
		try {
			ModelVersionInfo published = this.administration.publish(key, parse(key, version), who());
			return new ModelAndView("redirect:" + path(published) + "?publicerad");
		}
		catch (InvalidModelException ex) {
			return refusedStep(key, version, problems("publicera", ex.problems(), locale), HttpStatus.BAD_REQUEST, model);
		}
		catch (ModelConflictException ex) {
			return refusedStep(key, version, FormErrors.of("publicera", conflict(ex, locale)), HttpStatus.CONFLICT, model);
		}
	}

	@PostMapping("/modeller/{key}/{version}/dra-tillbaka")
	ModelAndView retire(@PathVariable String key, @PathVariable String version, Model model, Locale locale) {
		try {
			ModelVersionInfo retired = this.administration.retire(key, parse(key, version), who());
			return new ModelAndView("redirect:" + path(retired) + "?tillbakadragen");
		}
		catch (ModelConflictException ex) {
			return refusedStep(key, version, FormErrors.of("dra-tillbaka", conflict(ex, locale)), HttpStatus.CONFLICT, model);
		}
	}

	private String uploadPage(FormErrors errors, String document, Model model) {
		model.addAttribute("errors", errors);
		model.addAttribute("document", document);
		model.addAttribute("maxMegabytes", this.limit.megabytes());
		return "model/upload";
	}

	private ModelAndView refused(FormErrors errors, String document, HttpStatus status, Model model) {
		return new ModelAndView(uploadPage(errors, document, model), model.asMap(), status);
	}

	private ModelAndView refusedStep(String key, String version, FormErrors errors, HttpStatus status, Model model) {
		return new ModelAndView(this.pages.browse(key, version, errors, model), model.asMap(), status);
	}

	/** One line that says how many problems and that nothing was stored, then every problem with its path. */
	private FormErrors problems(String field, List<ModelProblem> problems, Locale locale) {
		List<FormErrors.Item> items = new ArrayList<>();
		items.add(new FormErrors.Item(field, text(locale, "model.upload.error.count", problems.size())));
		for (ModelProblem problem : problems) {
			String message = problem.message(this.messages, locale);
			items.add(new FormErrors.Item(field, problem.path().isEmpty() ? message : problem.path() + ": " + message));
		}
		return new FormErrors(items);
	}

	/** The 409 message for people: the state in words, not as the API's constant. */
	private String conflict(ModelConflictException ex, Locale locale) {
		Object[] arguments = ex.arguments()
			.stream()
			.map((a) -> a instanceof ModelState state ? text(locale, "model.state." + state.name()) : String.valueOf(a))
			.toArray();
		return this.messages.getMessage(ex.code() + ".page", arguments, locale);
	}

	/** JSON when the file is named .json or the document starts with a brace; YAML otherwise. */
	private static ModelFormat format(@Nullable MultipartFile file, byte[] bytes) {
		String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
		if (name.endsWith(".json")) {
			return ModelFormat.JSON;
		}
		if (name.endsWith(".yaml") || name.endsWith(".yml")) {
			return ModelFormat.YAML;
		}
		return new String(bytes, StandardCharsets.UTF_8).strip().startsWith("{") ? ModelFormat.JSON : ModelFormat.YAML;
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static SemanticVersion parse(String key, String version) {
		return SemanticVersion.parse(version).orElseThrow(() -> new ModelNotFoundException(key, version));
	}

	private static String path(ModelVersionInfo info) {
		return "/modeller/" + info.key() + "/" + info.version();
	}

	private String who() {
		return this.users.require().username();
	}

	private String text(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}

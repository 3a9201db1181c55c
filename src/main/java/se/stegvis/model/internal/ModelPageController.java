package se.stegvis.model.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.stegvis.model.AssessmentModel;
import se.stegvis.model.LocalizedText;
import se.stegvis.model.ModelCatalog;
import se.stegvis.model.ModelFormat;
import se.stegvis.model.ModelNotFoundException;
import se.stegvis.model.ModelVersionInfo;
import se.stegvis.model.SemanticVersion;
import se.stegvis.web.FormErrors;
import se.stegvis.web.SwedishOrder;

/**
 * The pages to browse and search the models: the list of models, one version, search, and downloads.
 * Drafts only for system administrators ({@link ModelVisibility}); their buttons are in
 * {@link ModelAdminPageController}.
 */
@Controller
class ModelPageController {

	private final ModelCatalog catalog;

	private final ModelSearch search;

	private final ModelVisibility visibility;

	private final VersionPages pages;

	ModelPageController(ModelCatalog catalog, ModelSearch search, ModelVisibility visibility, VersionPages pages) {
		this.catalog = catalog;
		this.search = search;
		this.visibility = visibility;
		this.pages = pages;
	}

	/** A model with its versions, newest first. */
	public record Listing(String key, LocalizedText title, List<ModelVersionInfo> versions) {
	}

	@GetMapping("/modeller")
	String list(Model model, Locale locale) {
		Map<String, List<ModelVersionInfo>> byKey = new LinkedHashMap<>();
		this.visibility.versions().forEach((v) -> byKey.computeIfAbsent(v.key(), (k) -> new ArrayList<>()).add(v));
		Comparator<String> swedish = SwedishOrder.comparator();
		model.addAttribute("models", byKey.values()
			.stream()
			.map((versions) -> new Listing(versions.get(0).key(), versions.get(0).title(), versions))
			.sorted(Comparator.comparing((Listing l) -> l.title().text(locale), swedish))
			.toList());
		model.addAttribute("administrator", this.visibility.isAdministrator());
		return "model/list";
	}

	@GetMapping("/modeller/{key}/{version}")
	String browse(@PathVariable String key, @PathVariable String version, Model model) {
		return this.pages.browse(key, version, FormErrors.none(), model);
	}

	@GetMapping("/modeller/{key}/{version}/sok")
	String search(@PathVariable String key, @PathVariable String version,
			@RequestParam(required = false) @Nullable String q, Model model, Locale locale) {
		AssessmentModel assessmentModel = this.pages.addVersion(key, version, model);
		String query = q == null ? "" : q.strip();
		model.addAttribute("query", query);
		model.addAttribute("hits", this.search.search(assessmentModel, query, locale));
		return "model/search";
	}

	@GetMapping("/modeller/{key}/{version}/ladda-ner.yaml")
	ResponseEntity<byte[]> downloadYaml(@PathVariable String key, @PathVariable String version) {
		return download(key, version, ModelFormat.YAML);
	}

	@GetMapping("/modeller/{key}/{version}/ladda-ner.json")
	ResponseEntity<byte[]> downloadJson(@PathVariable String key, @PathVariable String version) {
		return download(key, version, ModelFormat.JSON);
	}

	private ResponseEntity<byte[]> download(String key, String version, ModelFormat format) {
		SemanticVersion v = this.visibility.require(key, version).version();
		byte[] document = this.catalog.document(key, v, format).orElseThrow(() -> new ModelNotFoundException(key, version));
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.parseMediaType(format.mediaType()), StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(key + "-" + version + "." + format.extension())
				.build()
				.toString())
			.body(document);
	}

}

package se.stegvis.model.internal;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import se.stegvis.model.AssessmentModel;
import se.stegvis.model.ModelCatalog;
import se.stegvis.model.ModelNotFoundException;
import se.stegvis.model.ModelVersionInfo;
import se.stegvis.web.FormErrors;

/** What the page of one version shows ({@code model/browse}), for browsing and after a refused publish or retire. */
@Component
class VersionPages {

	private final ModelCatalog catalog;

	private final ModelVisibility visibility;

	VersionPages(ModelCatalog catalog, ModelVisibility visibility) {
		this.catalog = catalog;
		this.visibility = visibility;
	}

	/** Adds the version to the page model; 404 for an unknown version or a draft the user may not see. */
	AssessmentModel addVersion(String key, String version, Model model) {
		ModelVersionInfo info = this.visibility.require(key, version);
		AssessmentModel assessmentModel = this.catalog.find(key, info.version())
			.orElseThrow(() -> new ModelNotFoundException(key, version));
		model.addAttribute("info", info);
		model.addAttribute("outline", ModelOutline.of(assessmentModel));
		model.addAttribute("base", "/modeller/" + key + "/" + version);
		return assessmentModel;
	}

	/** The version page, with the administrator's buttons for a system administrator and any errors. */
	String browse(String key, String version, FormErrors errors, Model model) {
		addVersion(key, version, model);
		model.addAttribute("administrator", this.visibility.isAdministrator());
		model.addAttribute("errors", errors);
		return "model/browse";
	}

}

package se.stegvis.model.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import se.stegvis.account.CurrentUser;
import se.stegvis.account.CurrentUsers;
import se.stegvis.model.ModelCatalog;
import se.stegvis.model.ModelNotFoundException;
import se.stegvis.model.ModelState;
import se.stegvis.model.ModelVersionInfo;
import se.stegvis.model.SemanticVersion;

/**
 * Who sees which versions on the pages and in the API: a DRAFT only a system administrator; everyone else
 * is told that it does not exist (404), as for an unknown version. Services ({@code ModelCatalog}) are not
 * affected: they serve every state to the features that need it.
 */
@Component
class ModelVisibility {

	private final CurrentUsers users;

	private final ModelCatalog catalog;

	ModelVisibility(CurrentUsers users, ModelCatalog catalog) {
		this.users = users;
		this.catalog = catalog;
	}

	/** Whether the signed-in user is a system administrator: sees drafts, uploads, publishes and retires. */
	boolean isAdministrator() {
		return this.users.current().map(CurrentUser::systemAdmin).orElse(false);
	}

	/** Every version the user may see, by model key and then newest version first. */
	List<ModelVersionInfo> versions() {
		boolean drafts = isAdministrator();
		return this.catalog.versions().stream().filter((v) -> drafts || v.state() != ModelState.DRAFT).toList();
	}

	/**
	 * One version the user may see.
	 * @throws ModelNotFoundException when there is no such version, or it is a DRAFT and the user no administrator
	 */
	ModelVersionInfo require(String key, String version) {
		SemanticVersion v = SemanticVersion.parse(version).orElseThrow(() -> new ModelNotFoundException(key, version));
		return this.catalog.info(key, v)
			.filter((info) -> info.state() != ModelState.DRAFT || isAdministrator())
			.orElseThrow(() -> new ModelNotFoundException(key, version));
	}

}

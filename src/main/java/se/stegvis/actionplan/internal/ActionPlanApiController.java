package se.stegvis.actionplan.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.stegvis.account.OrganisationScoped;
import se.stegvis.actionplan.ActionItem;
import se.stegvis.actionplan.ActionItems;
import se.stegvis.actionplan.FollowUp;
import se.stegvis.actionplan.Suggestions;
import se.stegvis.actionplan.internal.ApiBodies.FollowUpBody;
import se.stegvis.actionplan.internal.ApiBodies.FollowUpRequest;
import se.stegvis.actionplan.internal.ApiBodies.ItemBody;
import se.stegvis.actionplan.internal.ApiBodies.SuggestionBody;

/**
 * The action plan API (DESIGN.md §5 "Action plan"): a round's ranked suggestions, the plan's items (PATCH as
 * JSON Merge Patch with {@code If-Match}, versions as {@code ETag}) and their follow-up log. Every service call
 * checks membership (404) and role (403).
 */
@RestController
@OrganisationScoped
@Tag(name = "Handlingsplan", description = "Förslag, åtgärder och uppföljning")
class ActionPlanApiController {

	private final Suggestions suggestions;

	private final ActionItems items;

	ActionPlanApiController(Suggestions suggestions, ActionItems items) {
		this.suggestions = suggestions;
		this.items = items;
	}

	@GetMapping("/api/v1/assessments/{id}/suggestions")
	@Operation(summary = "Omgångens förslag i rangordning (Ta reda på sist)")
	List<SuggestionBody> suggestions(@PathVariable long id, @RequestParam(required = false) @Nullable String area,
			@RequestParam(required = false) @Nullable String dimension,
			@RequestParam(required = false) @Nullable String effort) {
		return this.suggestions.of(id)
			.suggestions()
			.stream()
			.filter((s) -> area == null || area.isBlank() || s.areaKey().equals(area))
			.filter((s) -> dimension == null || dimension.isBlank() || s.dimensionKey().equals(dimension))
			.filter((s) -> effort == null || effort.isBlank() || s.effort().name().equalsIgnoreCase(effort))
			.map((s) -> SuggestionBody.of(s, LocaleContextHolder.getLocale()))
			.toList();
	}

	@GetMapping("/api/v1/assessments/{id}/action-items")
	@Operation(summary = "Handlingsplanen som omgången hör till (organisationens eller enhetens)")
	List<ItemBody> list(@PathVariable long id) {
		return this.items.ofRound(id).stream().map((i) -> ItemBody.of(i, ActionItems.today())).toList();
	}

	@PostMapping("/api/v1/assessments/{id}/action-items")
	@Operation(summary = "Lägg till en åtgärd i handlingsplanen (organisationsadministratör eller deltagare)")
	ResponseEntity<ItemBody> create(@PathVariable long id, @RequestBody Map<String, @Nullable Object> body) {
		ActionItem item = this.items.create(id, ApiBodies.merge(ApiBodies.empty(), body));
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/v1/action-items/{id}")
			.buildAndExpand(item.id())
			.toUri();
		return ResponseEntity.created(location).eTag(ETags.of(item.version())).body(ItemBody.of(item, ActionItems.today()));
	}

	@GetMapping("/api/v1/action-items/{id}")
	@Operation(summary = "En åtgärd med version som ETag")
	ResponseEntity<ItemBody> get(@PathVariable long id) {
		ActionItem item = this.items.get(id);
		return ResponseEntity.ok().eTag(ETags.of(item.version())).body(ItemBody.of(item, ActionItems.today()));
	}

	@PatchMapping(path = "/api/v1/action-items/{id}", consumes = { "application/merge-patch+json", "application/json" })
	@Operation(summary = "Ändra en åtgärd (JSON Merge Patch; If-Match med versionen, annars 412)")
	ResponseEntity<ItemBody> patch(@PathVariable long id, @RequestBody Map<String, @Nullable Object> patch,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		Long expected = ETags.parse(ifMatch);
		ActionItem current = this.items.get(id);
		ActionItem item = this.items.update(id, ApiBodies.merge(current.draft(), patch), expected);
		return ResponseEntity.ok().eTag(ETags.of(item.version())).body(ItemBody.of(item, ActionItems.today()));
	}

	@DeleteMapping("/api/v1/action-items/{id}")
	@Operation(summary = "Ta bort en åtgärd med dess uppföljningar")
	ResponseEntity<Void> delete(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		this.items.delete(id, ETags.parse(ifMatch));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/action-items/{id}/follow-ups")
	@Operation(summary = "Åtgärdens uppföljningslogg, nyast först")
	List<FollowUpBody> followUps(@PathVariable long id) {
		return this.items.followUps(id).stream().map(FollowUpBody::of).toList();
	}

	@PostMapping("/api/v1/action-items/{id}/follow-ups")
	@Operation(summary = "Skriv en uppföljning {date, text}")
	ResponseEntity<FollowUpBody> addFollowUp(@PathVariable long id, @RequestBody FollowUpRequest request) {
		FollowUp followUp = this.items.addFollowUp(id, request.date(), request.text());
		return ResponseEntity.status(201).body(FollowUpBody.of(followUp));
	}

}

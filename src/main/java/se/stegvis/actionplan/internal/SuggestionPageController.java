package se.stegvis.actionplan.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.stegvis.account.OrganisationScoped;
import se.stegvis.actionplan.RoundSuggestions;
import se.stegvis.actionplan.SuggestionView;
import se.stegvis.actionplan.Suggestions;
import se.stegvis.model.Area;
import se.stegvis.model.AssessmentModel;
import se.stegvis.model.Dimension;
import se.stegvis.scoring.ActivityKind;
import se.stegvis.scoring.Effort;

/**
 * A round's suggestions (Förslag): ranked as DESIGN.md §3 says, grouped by area and dimension (groups in the
 * order of their best-ranked suggestion, "Ta reda på" last), filtered by area, dimension and effort.
 */
@Controller
@OrganisationScoped
class SuggestionPageController {

	private final Suggestions suggestions;

	SuggestionPageController(Suggestions suggestions) {
		this.suggestions = suggestions;
	}

	/** Suggestions of one area and dimension, in rank order. */
	record Group(Area area, Dimension dimension, List<SuggestionView> suggestions) {
	}

	@GetMapping("/omgangar/{id}/forslag")
	String suggestions(@PathVariable long id, @RequestParam(name = "omrade", required = false) @Nullable String area,
			@RequestParam(name = "dimension", required = false) @Nullable String dimension,
			@RequestParam(name = "insats", required = false) @Nullable String effort, Model model) {
		RoundSuggestions all = this.suggestions.of(id);
		AssessmentModel assessmentModel = all.round().model();
		List<SuggestionView> shown = all.suggestions()
			.stream()
			.filter((s) -> blank(area) || s.areaKey().equals(area))
			.filter((s) -> blank(dimension) || s.dimensionKey().equals(dimension))
			.filter((s) -> blank(effort) || s.effort().name().equals(effort))
			.toList();
		model.addAttribute("round", all.round().round());
		model.addAttribute("editable", all.editable());
		model.addAttribute("improve", groups(assessmentModel, shown, ActivityKind.IMPROVE));
		model.addAttribute("findOut", groups(assessmentModel, shown, ActivityKind.FIND_OUT));
		model.addAttribute("total", all.suggestions().size());
		model.addAttribute("shown", shown.size());
		model.addAttribute("adopted", all.suggestions().stream().filter(SuggestionView::adopted).count());
		model.addAttribute("areas", assessmentModel.areas()
			.stream()
			.filter((a) -> all.round().round().areas().contains(a.key()))
			.toList());
		model.addAttribute("dimensions", assessmentModel.dimensions());
		model.addAttribute("efforts", Effort.values());
		model.addAttribute("area", area == null ? "" : area);
		model.addAttribute("dimension", dimension == null ? "" : dimension);
		model.addAttribute("effort", effort == null ? "" : effort);
		return "actionplan/suggestions";
	}

	private static List<Group> groups(AssessmentModel model, List<SuggestionView> suggestions, ActivityKind kind) {
		Map<String, List<SuggestionView>> byCell = new LinkedHashMap<>();
		suggestions.stream()
			.filter((s) -> s.kind() == kind)
			.forEach((s) -> byCell.computeIfAbsent(s.areaKey() + "\u0000" + s.dimensionKey(), (k) -> new ArrayList<>()).add(s));
		return byCell.values()
			.stream()
			.map((list) -> new Group(model.area(list.get(0).areaKey()).orElseThrow(),
					model.dimension(list.get(0).dimensionKey()).orElseThrow(), list))
			.toList();
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}

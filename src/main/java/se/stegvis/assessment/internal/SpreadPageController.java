package se.stegvis.assessment.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.stegvis.account.OrganisationScoped;
import se.stegvis.assessment.AnswerChoice;
import se.stegvis.assessment.AnswerInput;
import se.stegvis.assessment.Consensus;
import se.stegvis.assessment.IndicatorSpread;
import se.stegvis.assessment.ParticipantComment;
import se.stegvis.assessment.InvalidRoundInputException;
import se.stegvis.assessment.RoundCompletedException;
import se.stegvis.assessment.RoundFacilitation;
import se.stegvis.assessment.RoundView;
import se.stegvis.assessment.StaleVersionException;
import se.stegvis.assessment.WrongModeException;
import se.stegvis.model.Area;
import se.stegvis.model.Dimension;
import se.stegvis.model.Indicator;
import se.stegvis.scoring.Distribution;
import se.stegvis.scoring.IndicatorValue;
import se.stegvis.web.FormErrors;

/**
 * The facilitator's view of an INDIVIDUAL round ({@code /omgangar/{id}/spridning}): per indicator how the
 * participants answered (counts per level, per respondent group), the dispersion and the "behöver
 * diskuteras" flag — all from {@link RoundFacilitation} and the scoring module, only rounded for display —
 * and a form to set the consensus with a note. The consensus is versioned: when someone else saved first,
 * the page shows their value and lets the admin decide (nothing is overwritten silently). Org admin only.
 */
@Controller
@OrganisationScoped
class SpreadPageController {

	static final String FLAGGED = "diskuteras";

	private static final String VIEW = "assessment/admin-spread";

	private final RoundFacilitation facilitation;

	private final RoundAdminPages pages;

	SpreadPageController(RoundFacilitation facilitation, RoundAdminPages pages) {
		this.facilitation = facilitation;
		this.pages = pages;
	}

	/** One row of a distribution table: everyone, or one respondent group. */
	record CountRow(String label, boolean everyone, List<Integer> counts, int dontKnow, int notApplicable, int respondents,
			String mean, String dispersion, boolean needsDiscussion) {
	}

	/**
	 * What the consensus form shows: the chosen value ({@code 0}…, {@code DONT_KNOW}, {@code NOT_APPLICABLE} or ""),
	 * the note and the version to send.
	 */
	record ConsensusForm(String value, String note, long version) {
	}

	/** The consensus someone else saved while the admin was deciding. */
	record StaleConsensus(String value, @Nullable String note, @Nullable String by, @Nullable Instant at) {
	}

	/** One indicator on the page. */
	record SpreadItem(String key, String id, String text, String dimension, boolean needsDiscussion, String organisationValue,
			boolean fromConsensus, String mean, String dispersion, int respondents, String groupGap, List<CountRow> rows,
			@Nullable Consensus consensus, String consensusValue, ConsensusForm form, @Nullable StaleConsensus stale,
			List<CommentRow> comments) {
	}

	/** What one participant wrote: their group (or "Utan svarsgrupp"), their answer in words, comment and link. */
	record CommentRow(String group, String value, @Nullable String comment, @Nullable String evidenceUrl) {
	}

	/** The indicators of one area. */
	record AreaSection(String key, String title, List<SpreadItem> items) {
	}

	@GetMapping("/omgangar/{id}/spridning")
	ModelAndView page(@PathVariable long id, @RequestParam(name = "visa", required = false) @Nullable String show,
			Model model) {
		RoundView view = this.pages.adminView(id);
		return page(view, FLAGGED.equals(show), FormErrors.none(), Map.of(), model, HttpStatus.OK);
	}

	@PostMapping("/omgangar/{id}/spridning/{indicatorKey}")
	ModelAndView consensus(@PathVariable long id, @PathVariable String indicatorKey,
			@RequestParam(required = false) @Nullable String value, @RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable String version,
			@RequestParam(name = "visa", required = false) @Nullable String show, Model model, RedirectAttributes redirect) {
		RoundView view = this.pages.adminView(id);
		boolean flagged = FLAGGED.equals(show);
		String fieldId = "c-" + indicatorKey;
		Long expected = expectedVersion(version);
		ConsensusForm submitted = new ConsensusForm(value == null ? "" : value, note == null ? "" : note,
				expected == null ? 0 : expected);
		try {
			this.facilitation.setConsensus(id, indicatorKey, input(value, note), expected);
		}
		catch (InvalidRoundInputException ex) {
			boolean known = view.indicators().stream().anyMatch((i) -> i.key().equals(indicatorKey));
			FormErrors errors = this.pages.errors(ex, (f) -> !known ? "spread"
					: "note".equals(f) ? fieldId + "-note" : fieldId + "-value");
			return page(view, flagged, errors, Map.of(indicatorKey, new Submitted(submitted, null)), model,
					HttpStatus.BAD_REQUEST);
		}
		catch (StaleVersionException ex) {
			StaleConsensus stale = ex.current() instanceof Consensus c
					? new StaleConsensus(describe(c.value()), c.note(), c.updatedBy(), c.updatedAt())
					: new StaleConsensus(this.pages.text("roundadmin.spread.value.none"), null, null, null);
			FormErrors errors = FormErrors.of(fieldId + "-value", this.pages.text("roundadmin.spread.stale"));
			ConsensusForm again = new ConsensusForm(submitted.value(), submitted.note(), ex.currentVersion());
			return page(view, flagged, errors, Map.of(indicatorKey, new Submitted(again, stale)), model, HttpStatus.CONFLICT);
		}
		catch (RoundCompletedException ex) {
			return page(view, flagged, FormErrors.of("spread", this.pages.text("roundadmin.completed")), Map.of(), model,
					HttpStatus.CONFLICT);
		}
		catch (WrongModeException ex) {
			return page(view, flagged, FormErrors.none(), Map.of(), model, HttpStatus.CONFLICT);
		}
		String text = view.model().indicator(indicatorKey).map(Indicator::text).map(this.pages::localized).orElse(indicatorKey);
		redirect.addFlashAttribute("success", this.pages.text("roundadmin.spread.saved", text));
		return new ModelAndView("redirect:/omgangar/" + id + "/spridning" + (flagged ? "?visa=" + FLAGGED : "") + "#" + fieldId);
	}

	/** What the admin posted for one indicator, and the other person's consensus when theirs was stale. */
	private record Submitted(ConsensusForm form, @Nullable StaleConsensus stale) {
	}

	private ModelAndView page(RoundView view, boolean flagged, FormErrors errors, Map<String, Submitted> submitted,
			Model model, HttpStatus status) {
		model.addAttribute("view", view);
		model.addAttribute("round", view.round());
		model.addAttribute("flagged", flagged);
		model.addAttribute("errors", errors);
		model.addAttribute("scale", view.model().scale());
		List<IndicatorSpread> spreads;
		try {
			spreads = this.facilitation.distribution(view.round().id());
		}
		catch (WrongModeException ex) {
			model.addAttribute("groupMode", true);
			model.addAttribute("sections", List.of());
			model.addAttribute("flaggedCount", 0);
			model.addAttribute("total", 0);
			return new ModelAndView(VIEW, model.asMap(), status == HttpStatus.OK ? HttpStatus.CONFLICT : status);
		}
		model.addAttribute("groupMode", false);
		Map<String, Indicator> indicators = new LinkedHashMap<>();
		view.indicators().forEach((i) -> indicators.put(i.key(), i));
		Map<String, List<SpreadItem>> byArea = new LinkedHashMap<>();
		view.round().areas().forEach((a) -> byArea.put(a, new ArrayList<>()));
		int flaggedCount = 0;
		for (IndicatorSpread spread : spreads) {
			if (spread.needsDiscussion()) {
				flaggedCount++;
			}
			if (flagged && !spread.needsDiscussion() && !submitted.containsKey(spread.indicatorKey())) {
				continue;
			}
			Indicator indicator = indicators.get(spread.indicatorKey());
			byArea.computeIfAbsent(spread.areaKey(), (k) -> new ArrayList<>())
				.add(item(view, spread, indicator, submitted.get(spread.indicatorKey())));
		}
		List<AreaSection> sections = new ArrayList<>();
		byArea.forEach((key, items) -> {
			if (!items.isEmpty()) {
				sections.add(new AreaSection(key, view.model().area(key).map(Area::title).map(this.pages::localized)
					.orElse(key), items));
			}
		});
		model.addAttribute("sections", sections);
		model.addAttribute("flaggedCount", flaggedCount);
		model.addAttribute("total", spreads.size());
		return new ModelAndView(VIEW, model.asMap(), status);
	}

	private SpreadItem item(RoundView view, IndicatorSpread spread, @Nullable Indicator indicator,
			@Nullable Submitted submitted) {
		Distribution all = spread.distribution().all();
		List<CountRow> rows = new ArrayList<>();
		rows.add(row(this.pages.text("roundadmin.spread.everyone"), true, all));
		spread.distribution().byGroup().forEach((group, d) -> rows.add(row(group, false, d)));
		Consensus consensus = spread.consensus();
		ConsensusForm form = submitted != null ? submitted.form()
				: consensus == null ? new ConsensusForm("", "", 0)
						: new ConsensusForm(formValue(consensus.value()), consensus.note() == null ? "" : consensus.note(),
								consensus.version());
		String dimension = view.model().dimension(spread.dimensionKey()).map(Dimension::title).map(this.pages::localized)
			.orElse(spread.dimensionKey());
		return new SpreadItem(spread.indicatorKey(), "c-" + spread.indicatorKey(),
				indicator == null ? spread.indicatorKey() : this.pages.localized(indicator.text()), dimension,
				spread.needsDiscussion(), describe(spread.distribution().organisationValue()),
				spread.distribution().fromConsensus(), this.pages.decimal(all.mean()), this.pages.decimal(all.dispersion()),
				all.respondents(), this.pages.decimal(spread.distribution().groupGap()), rows, consensus,
				consensus == null ? "" : describe(consensus.value()), form, submitted == null ? null : submitted.stale(),
				spread.comments().stream().map(this::comment).toList());
	}

	private CommentRow comment(ParticipantComment comment) {
		return new CommentRow(comment.respondentGroup() == null ? this.pages.text("roundadmin.spread.comments.noGroup")
				: comment.respondentGroup(), answered(comment.value()), comment.comment(), comment.evidenceUrl());
	}

	/** A participant's own answer in words: "nivå 2", Vet ej or Ej relevant. */
	private String answered(IndicatorValue value) {
		return value.kind() == IndicatorValue.Kind.LEVEL && value.level() != null
				? this.pages.text("roundadmin.spread.comments.level", value.level().stripTrailingZeros().toPlainString())
				: describe(value);
	}

	private CountRow row(String label, boolean everyone, Distribution d) {
		return new CountRow(label, everyone, new ArrayList<>(d.levelCounts().values()), d.dontKnow(), d.notApplicable(),
				d.respondents(), this.pages.decimal(d.mean()), this.pages.decimal(d.dispersion()), d.needsDiscussion());
	}

	/** A value in words: a level or mean to one decimal, Vet ej, Ej relevant, or no answer. */
	private String describe(IndicatorValue value) {
		return switch (value.kind()) {
			case LEVEL -> this.pages.decimal(value.level());
			case DONT_KNOW -> this.pages.text("roundadmin.spread.value.dontKnow");
			case NOT_APPLICABLE -> this.pages.text("roundadmin.spread.value.notApplicable");
			case UNANSWERED -> this.pages.text("roundadmin.spread.value.none");
		};
	}

	private static String formValue(IndicatorValue value) {
		return switch (value.kind()) {
			case LEVEL -> value.level() == null ? "" : value.level().stripTrailingZeros().toPlainString();
			case DONT_KNOW -> AnswerChoice.DONT_KNOW.name();
			case NOT_APPLICABLE -> AnswerChoice.NOT_APPLICABLE.name();
			case UNANSWERED -> "";
		};
	}

	/** The radio value as an answer: a level, DONT_KNOW or NOT_APPLICABLE; nothing chosen is refused by the service. */
	private static AnswerInput input(@Nullable String value, @Nullable String note) {
		if (value == null || value.isBlank()) {
			return new AnswerInput(null, null, null, null, note);
		}
		String v = value.strip();
		if (AnswerChoice.DONT_KNOW.name().equals(v) || AnswerChoice.NOT_APPLICABLE.name().equals(v)) {
			return new AnswerInput(AnswerChoice.valueOf(v), null, null, null, note);
		}
		Integer level = RoundAdminPages.number(v);
		return new AnswerInput(AnswerChoice.LEVEL, level == null || level == Integer.MIN_VALUE ? null : level, null, null,
				note);
	}

	/** The version the admin saw; a missing or unreadable one counts as "no consensus seen" (0), never as "overwrite". */
	private static Long expectedVersion(@Nullable String version) {
		if (version == null || version.isBlank()) {
			return 0L;
		}
		try {
			return Long.parseLong(version.strip());
		}
		catch (NumberFormatException ex) {
			return 0L;
		}
	}

}

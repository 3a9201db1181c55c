package se.stegvis.summary.internal;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.stegvis.account.CurrentUsers;
import se.stegvis.account.Role;
import se.stegvis.chart.ChartTexts;
import se.stegvis.organisation.OrganisationCatalog;
import se.stegvis.scoring.ScopeKey;
import se.stegvis.summary.NetworkComparisons.UnknownModelChoiceException;
import se.stegvis.summary.StoredRound;
import se.stegvis.summary.UnitResults;
import se.stegvis.web.NotFoundException;

/**
 * The organisation's units side by side ({@code /organisationer/{code}/enheter/jamforelse}, every member): each
 * unit's latest completed round (table and radar, no k inside one's own organisation) and its trend.
 */
@Controller
class UnitComparisonPageController {

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private final UnitResults results;

	private final SideBySide sideBySide;

	private final OrganisationCatalog organisations;

	private final CurrentUsers users;

	private final MessageSource messages;

	UnitComparisonPageController(UnitResults results, SideBySide sideBySide, OrganisationCatalog organisations,
			CurrentUsers users, MessageSource messages) {
		this.results = results;
		this.sideBySide = sideBySide;
		this.organisations = organisations;
		this.users = users;
		this.messages = messages;
	}

	@GetMapping("/organisationer/{code}/enheter/jamforelse")
	String units(@PathVariable String code, @RequestParam(name = "modell", required = false) @Nullable String modelKey,
			Model model, Locale locale) {
		UnitResults.Result result;
		Map<String, String> errors = Map.of();
		try {
			result = this.results.result(code, modelKey);
		}
		catch (UnknownModelChoiceException ex) {
			result = this.results.result(code, null);
			errors = Map.of("modell", text("network.figures.model.invalid", locale));
		}
		ChartTexts texts = ChartTexts.from((key) -> this.messages.getMessage(key, null, locale));
		DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE;
		List<SideBySide.Entry> entries = new ArrayList<>();
		List<String> without = new ArrayList<>();
		List<NetworkView.TableRow> trendRows = new ArrayList<>();
		Set<String> dimensions = new LinkedHashSet<>();
		result.units().forEach((u) -> {
			if (u.latest() != null) {
				dimensions.addAll(u.latest().scores().dimensions().keySet());
			}
		});
		for (UnitResults.UnitResult u : result.units()) {
			StoredRound latest = u.latest();
			if (latest == null) {
				without.add(u.unit().label());
				continue;
			}
			entries.add(new SideBySide.Entry(u.unit().label(), text("network.figures.roundDetail", locale, latest.title(),
					date.format(latest.firstCompletedAt().atZone(SWEDEN))), latest.scores(), false));
			Map<ScopeKey, @Nullable BigDecimal> deltas = u.deltas();
			List<String> cells = new ArrayList<>();
			for (String d : dimensions) {
				cells.add(delta(deltas, ScopeKey.dimension(d), texts));
			}
			cells.add(delta(deltas, ScopeKey.OVERALL, texts));
			String detail = u.previous() == null ? text("units.compare.trend.none", locale)
					: text("units.compare.trend.since", locale, u.previous().title(),
							date.format(u.previous().firstCompletedAt().atZone(SWEDEN)));
			trendRows.add(new NetworkView.TableRow(u.unit().label(), detail, cells, false));
		}
		String selected = result.modelKey();
		List<NetworkView.ModelChoice> choices = this.sideBySide.modelChoices(result.modelKeys(), selected, locale);
		UnitResults.Result shown = result;
		List<String> trendColumns = new ArrayList<>(dimensions.stream()
			.map((d) -> SideBySide.label(shown.model(), d, true, locale))
			.toList());
		trendColumns.add(text("network.figures.column.overall", locale));
		model.addAttribute("organisation", this.organisations.findByCode(code).orElseThrow(() -> new NotFoundException(code)));
		model.addAttribute("view", this.sideBySide.view(choices, result.model(), entries, null, "",
				text("units.compare.column.unit", locale), "radar-units",
				text("network.figures.radar.heading", locale), without, locale));
		model.addAttribute("trend", new NetworkView.Table("trend", text("units.compare.trend.caption", locale),
				text("units.compare.column.unit", locale), trendColumns, trendRows));
		model.addAttribute("admin", this.users.require().hasRole(code, Role.ORG_ADMIN));
		model.addAttribute("errors", errors);
		return "summary/units";
	}

	private static String delta(@Nullable Map<ScopeKey, @Nullable BigDecimal> deltas, ScopeKey scope, ChartTexts texts) {
		if (deltas == null || !deltas.containsKey(scope)) {
			return "–";
		}
		BigDecimal d = deltas.get(scope);
		return d == null ? texts.noValue() : (d.signum() > 0 ? "+" : "") + texts.figure(d);
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}

package se.stegvis.actionplan.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.stegvis.actionplan.ActionItem;
import se.stegvis.actionplan.ActionItems;
import se.stegvis.actionplan.ItemStatus;
import se.stegvis.actionplan.PlanFollowUps;
import se.stegvis.actionplan.Priority;
import se.stegvis.assessment.Round;
import se.stegvis.assessment.Rounds;
import se.stegvis.organisation.OrganisationCatalog;
import se.stegvis.web.NotFoundException;
import se.stegvis.web.SwedishOrder;

/**
 * The organisation's plan as a list (filters and sorting) and as a board by status, and its follow-up page.
 * Every member reads; the board's status forms are for org admins and participants.
 */
@Controller
class PlanPageController {

	private final ActionItems items;

	private final Rounds rounds;

	private final PlanFollowUps followUps;

	private final OrganisationCatalog organisations;

	PlanPageController(ActionItems items, Rounds rounds, PlanFollowUps followUps, OrganisationCatalog organisations) {
		this.items = items;
		this.rounds = rounds;
		this.followUps = followUps;
		this.organisations = organisations;
	}

	/** An item with what the list shows about its round. */
	record Row(ActionItem item, boolean overdue, @Nullable Round origin, boolean carriedOver) {
	}

	@GetMapping("/handlingsplan/{code}")
	String list(@PathVariable String code, @RequestParam(required = false) @Nullable String status,
			@RequestParam(name = "prioritet", required = false) @Nullable String priority,
			@RequestParam(name = "visa", required = false) @Nullable String show,
			@RequestParam(name = "sortering", required = false) @Nullable String sort, Model model) {
		List<Row> rows = rows(code, model);
		List<Row> shown = rows.stream()
			.filter((r) -> blank(status) || r.item().status().name().equals(status))
			.filter((r) -> blank(priority) || r.item().priority().name().equals(priority))
			.filter((r) -> !"forsenade".equals(show) || r.overdue())
			.sorted(order(sort == null ? "" : sort))
			.toList();
		model.addAttribute("shown", shown);
		model.addAttribute("status", status == null ? "" : status);
		model.addAttribute("priority", priority == null ? "" : priority);
		model.addAttribute("show", show == null ? "" : show);
		model.addAttribute("sort", sort == null ? "" : sort);
		model.addAttribute("sorts", List.of("urgency", "due", "priority", "status", "title"));
		model.addAttribute("priorities", Priority.values());
		return "actionplan/list";
	}

	@GetMapping("/handlingsplan/{code}/tavla")
	String board(@PathVariable String code, Model model) {
		List<Row> rows = rows(code, model);
		Map<ItemStatus, List<Row>> columns = new EnumMap<>(ItemStatus.class);
		for (ItemStatus status : ItemStatus.values()) {
			columns.put(status, rows.stream()
				.filter((r) -> r.item().status() == status)
				.sorted(order("urgency"))
				.toList());
		}
		model.addAttribute("columns", columns);
		return "actionplan/board";
	}

	@GetMapping("/uppfoljning/{code}")
	String followUp(@PathVariable String code, Model model) {
		model.addAttribute("progress", this.followUps.progress(code));
		model.addAttribute("organisation", this.organisations.findByCode(code).orElseThrow(() -> new NotFoundException(code)));
		model.addAttribute("statuses", ItemStatus.values());
		return "actionplan/follow-up";
	}

	private List<Row> rows(String code, Model model) {
		List<ActionItem> plan = this.items.plan(code);
		List<Round> all = this.rounds.list(code);
		Map<Long, Round> byId = all.stream().collect(Collectors.toMap(Round::id, Function.identity()));
		Optional<Round> latest = all.stream().max(Comparator.comparing(Round::createdAt));
		LocalDate today = ActionItems.today();
		model.addAttribute("organisation", this.organisations.findByCode(code).orElseThrow(() -> new NotFoundException(code)));
		model.addAttribute("editable", this.items.canEdit(code));
		model.addAttribute("latest", latest.orElse(null));
		model.addAttribute("statuses", ItemStatus.values());
		model.addAttribute("total", plan.size());
		return plan.stream()
			.map((i) -> new Row(i, i.overdueOn(today), byId.get(i.originAssessmentId()),
					latest.isPresent() && latest.get().id() != i.originAssessmentId() && i.status().isOpen()))
			.toList();
	}

	private static Comparator<Row> order(String sort) {
		LocalDate today = ActionItems.today();
		Comparator<ActionItem> urgency = ActionItems.byUrgency(today);
		Comparator<ActionItem> chosen = switch (sort) {
			case "due" -> Comparator.comparing(ActionItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(urgency);
			case "priority" -> Comparator.comparing(ActionItem::priority).thenComparing(urgency);
			case "status" -> Comparator.comparing(ActionItem::status).thenComparing(urgency);
			case "title" -> Comparator.comparing(ActionItem::title, SwedishOrder.comparator()).thenComparing(urgency);
			default -> urgency;
		};
		return Comparator.comparing(Row::item, chosen);
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}

package se.stegvis.model.internal;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import se.stegvis.model.AssessmentModel;
import se.stegvis.model.Indicator;
import se.stegvis.model.LineageKind;
import se.stegvis.model.LineageLink;
import se.stegvis.model.ModelProblem;
import se.stegvis.model.Profile;
import se.stegvis.model.SemanticVersion;

/**
 * The versioning rules of docs/model-format.md, checked against the versions already released (PUBLISHED
 * or RETIRED) of the same model:
 * <ul>
 * <li>a version with a released predecessor in its major line may change texts and activities only: the
 * same scale, dimension groups, dimensions, areas, indicators (with their area, dimension, weight and
 * reverse flag), profile conditions and lineage;</li>
 * <li>the first version of a new major line carries lineage to the latest release of the previous major:
 * every indicator of it that is not kept under the same key is accounted for by a lineage row, and every
 * row names an indicator of it.</li>
 * </ul>
 */
public final class VersionRules {

	private final Problems problems = new Problems();

	private final AssessmentModel candidate;

	private VersionRules(AssessmentModel candidate) {
		this.candidate = candidate;
	}

	/**
	 * @param released the released versions of the candidate's model, the candidate itself excluded
	 * @return the problems, empty when the candidate may be stored or published
	 */
	public static List<ModelProblem> check(AssessmentModel candidate, List<AssessmentModel> released) {
		VersionRules rules = new VersionRules(candidate);
		SemanticVersion version = candidate.version();
		Comparator<AssessmentModel> byVersion = Comparator.comparing(AssessmentModel::version);
		Optional<AssessmentModel> samePrevious = released.stream()
			.filter((m) -> m.version().major() == version.major() && m.version().compareTo(version) < 0)
			.max(byVersion);
		if (samePrevious.isPresent()) {
			rules.sameMajor(samePrevious.get());
		}
		else {
			rules.newMajor(released.stream().filter((m) -> m.version().major() < version.major()).max(byVersion));
		}
		return rules.problems.list();
	}

	private void sameMajor(AssessmentModel previous) {
		String was = previous.version().toString();
		if (previous.scale().size() != this.candidate.scale().size()) {
			this.problems.add("scale.levels", "model.problem.minor.scale", this.candidate.scale().size(), was,
					previous.scale().size());
		}
		compare("dimensionGroups", keys(this.candidate.dimensionGroups(), (g) -> g.key()),
				keys(previous.dimensionGroups(), (g) -> g.key()), was);
		compareValues("dimensionGroups", "parent", this.candidate.dimensionGroups(), previous.dimensionGroups(),
				(g) -> g.key(), (g) -> g.parent(), was);
		compare("dimensions", keys(this.candidate.dimensions(), (d) -> d.key()), keys(previous.dimensions(), (d) -> d.key()),
				was);
		compareValues("dimensions", "group", this.candidate.dimensions(), previous.dimensions(), (d) -> d.key(),
				(d) -> d.group(), was);
		compare("areas", keys(this.candidate.areas(), (a) -> a.key()), keys(previous.areas(), (a) -> a.key()), was);
		compare("indicators", keys(this.candidate.indicators(), Indicator::key), keys(previous.indicators(), Indicator::key),
				was);
		compareValues("indicators", "area", this.candidate.indicators(), previous.indicators(), Indicator::key,
				Indicator::area, was);
		compareValues("indicators", "dimension", this.candidate.indicators(), previous.indicators(), Indicator::key,
				Indicator::dimension, was);
		compareValues("indicators", "weight", this.candidate.indicators(), previous.indicators(), Indicator::key,
				(i) -> i.weight().toPlainString(), was);
		compareValues("indicators", "reverse", this.candidate.indicators(), previous.indicators(), Indicator::key,
				(i) -> String.valueOf(i.reverse()), was);
		compare("profiles", keys(this.candidate.profiles(), Profile::key), keys(previous.profiles(), Profile::key), was);
		compareValues("profiles", "when", this.candidate.profiles(), previous.profiles(), Profile::key,
				(p) -> describe(p), was);
		if (!new HashSet<>(this.candidate.lineage()).equals(new HashSet<>(previous.lineage()))) {
			this.problems.add("lineage", "model.problem.minor.changed", describe(this.candidate.lineage()),
					describe(previous.lineage()), was);
		}
	}

	/** Keys added (named at the element's key) or removed (named at the list). */
	private void compare(String list, List<String> now, List<String> before, String was) {
		for (int i = 0; i < now.size(); i++) {
			if (!before.contains(now.get(i))) {
				this.problems.add(Problems.field(Problems.index(list, i), "key"), "model.problem.minor.added", now.get(i), was);
			}
		}
		for (String key : before) {
			if (!now.contains(key)) {
				this.problems.add(list, "model.problem.minor.removed", key, was);
			}
		}
	}

	private <T> void compareValues(String list, String field, List<T> now, List<T> before, Function<T, String> key,
			Function<T, @Nullable String> value, String was) {
		Map<String, T> previous = before.stream().collect(Collectors.toMap(key, Function.identity()));
		for (int i = 0; i < now.size(); i++) {
			T old = previous.get(key.apply(now.get(i)));
			if (old != null && !Objects.equals(value.apply(now.get(i)), value.apply(old))) {
				this.problems.add(Problems.field(Problems.index(list, i), field), "model.problem.minor.changed",
						String.valueOf(value.apply(now.get(i))), String.valueOf(value.apply(old)), was);
			}
		}
	}

	private void newMajor(Optional<AssessmentModel> previousMajor) {
		List<LineageLink> lineage = this.candidate.lineage();
		if (previousMajor.isEmpty()) {
			for (int i = 0; i < lineage.size(); i++) {
				this.problems.add(Problems.field(Problems.index("lineage", i), "from"), "model.problem.lineage.noPrevious");
			}
			return;
		}
		AssessmentModel previous = previousMajor.get();
		String was = previous.version().toString();
		Set<String> before = Set.copyOf(keys(previous.indicators(), Indicator::key));
		Set<String> now = Set.copyOf(keys(this.candidate.indicators(), Indicator::key));
		for (int i = 0; i < lineage.size(); i++) {
			LineageLink link = lineage.get(i);
			String path = Problems.field(Problems.index("lineage", i), "from");
			if (!before.contains(link.from())) {
				this.problems.add(path, "model.problem.lineage.unknownSource", link.from(), was);
			}
			else if (now.contains(link.from()) && (link.kind() == LineageKind.RENAMED || link.kind() == LineageKind.REMOVED)) {
				this.problems.add(path, "model.problem.lineage.stillPresent", link.from(), link.kind().name());
			}
		}
		Set<String> accounted = lineage.stream().map(LineageLink::from).collect(Collectors.toSet());
		for (Indicator indicator : previous.indicators()) {
			if (!now.contains(indicator.key()) && !accounted.contains(indicator.key())) {
				this.problems.add("lineage", "model.problem.lineage.missing", indicator.key(), was);
			}
		}
	}

	private static <T> List<String> keys(List<T> elements, Function<T, String> key) {
		return elements.stream().map(key).toList();
	}

	private static String describe(Profile profile) {
		return profile.when()
			.stream()
			.map((c) -> c.scope() + (c.key() == null ? "" : " " + c.key()) + " " + c.op() + " " + c.value().toPlainString())
			.collect(Collectors.joining(", ", "[", "]"));
	}

	private static String describe(List<LineageLink> lineage) {
		return lineage.stream()
			.map((l) -> l.from() + " " + l.kind() + (l.to() == null ? "" : " " + l.to()))
			.collect(Collectors.joining(", ", "[", "]"));
	}

}

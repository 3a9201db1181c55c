package se.stegvis.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import se.stegvis.scoring.IndicatorPlacement;
import se.stegvis.scoring.ProfileRule;
import se.stegvis.scoring.Scale;

/**
 * One version of an assessment model: the document of DESIGN.md §4b as immutable values. A model from
 * {@link ModelCatalog} has passed validation: every reference resolves, the scale is contiguous from 0,
 * keys are unique and every text has Swedish. Its state (DRAFT, PUBLISHED, RETIRED) is kept outside, in
 * {@link ModelVersionInfo}.
 *
 * @param key stable across versions, e.g. {@code stegvis-socialtjanst}
 * @param scale the levels 0..maxLevel in order
 * @param lineage to the previous major version; empty in a first major version
 */
public record AssessmentModel(String key, SemanticVersion version, LocalizedText title,
		@Nullable LocalizedText description, List<ScaleLevel> scale, List<DimensionGroup> dimensionGroups,
		List<Dimension> dimensions, List<Area> areas, List<Indicator> indicators, List<LineageLink> lineage,
		List<Profile> profiles) {

	public AssessmentModel {
		scale = List.copyOf(scale);
		dimensionGroups = List.copyOf(dimensionGroups);
		dimensions = List.copyOf(dimensions);
		areas = List.copyOf(areas);
		indicators = List.copyOf(indicators);
		lineage = List.copyOf(lineage);
		profiles = List.copyOf(profiles);
	}

	/** The same model under another version number. */
	public AssessmentModel withVersion(SemanticVersion newVersion) {
		return new AssessmentModel(this.key, newVersion, this.title, this.description, this.scale,
				this.dimensionGroups, this.dimensions, this.areas, this.indicators, this.lineage, this.profiles);
	}

	/** The highest level of the scale. */
	public int maxLevel() {
		return this.scale.size() - 1;
	}

	/** The scale as the {@code scoring} module sees it. */
	public Scale scoringScale() {
		return new Scale(maxLevel());
	}

	public Optional<Indicator> indicator(String indicatorKey) {
		return this.indicators.stream().filter((i) -> i.key().equals(indicatorKey)).findFirst();
	}

	public Optional<Area> area(String areaKey) {
		return this.areas.stream().filter((a) -> a.key().equals(areaKey)).findFirst();
	}

	public Optional<Dimension> dimension(String dimensionKey) {
		return this.dimensions.stream().filter((d) -> d.key().equals(dimensionKey)).findFirst();
	}

	public Optional<DimensionGroup> dimensionGroup(String groupKey) {
		return this.dimensionGroups.stream().filter((g) -> g.key().equals(groupKey)).findFirst();
	}

	/** An activity by its key, which is unique in the whole model. */
	public Optional<Activity> activity(String activityKey) {
		return this.indicators.stream()
			.flatMap((i) -> i.activities().stream())
			.filter((a) -> a.key().equals(activityKey))
			.findFirst();
	}

	/** The indicators of one area, in model order. */
	public List<Indicator> indicatorsIn(String areaKey) {
		return this.indicators.stream().filter((i) -> i.area().equals(areaKey)).toList();
	}

	/** The indicators of one area and one dimension (a cell), in model order. */
	public List<Indicator> indicatorsIn(String areaKey, String dimensionKey) {
		return this.indicators.stream()
			.filter((i) -> i.area().equals(areaKey) && i.dimension().equals(dimensionKey))
			.toList();
	}

	/** The dimension's group and that group's ancestors, innermost first; empty for an ungrouped dimension. */
	public List<String> groupChain(String dimensionKey) {
		Map<String, @Nullable String> parentOf = new HashMap<>();
		this.dimensionGroups.forEach((g) -> parentOf.put(g.key(), g.parent()));
		String group = dimension(dimensionKey).map(Dimension::group).orElse(null);
		return IndicatorPlacement.groupChain(group, parentOf);
	}

	/** Every indicator as the scope calculations of the {@code scoring} module see it, in model order. */
	public List<IndicatorPlacement> placements() {
		return this.indicators.stream().map(this::placement).toList();
	}

	/** One indicator as the scope calculations see it. */
	public IndicatorPlacement placement(Indicator indicator) {
		return new IndicatorPlacement(indicator.key(), indicator.area(), indicator.dimension(),
				groupChain(indicator.dimension()), indicator.reverse());
	}

	/** The profiles as the {@code scoring} module's classifier sees them, in model order. */
	public List<ProfileRule> profileRules() {
		return this.profiles.stream().map(Profile::rule).toList();
	}

}

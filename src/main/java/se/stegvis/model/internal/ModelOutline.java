package se.stegvis.model.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import se.stegvis.model.Area;
import se.stegvis.model.AssessmentModel;
import se.stegvis.model.Dimension;
import se.stegvis.model.Indicator;
import se.stegvis.model.LocalizedText;
import se.stegvis.scoring.ProfileCondition;

/**
 * A model arranged for reading: areas → dimensions → indicators, leaving out dimensions without indicators
 * in an area, and the titles of the scopes that profile conditions name. Built once per page view.
 */
public record ModelOutline(AssessmentModel model, List<AreaSection> areas, Map<String, LocalizedText> scopeTitles) {

	/** One area and its dimensions that have indicators there. */
	public record AreaSection(Area area, List<DimensionSection> dimensions) {
	}

	/** The indicators of one dimension within one area, in model order. */
	public record DimensionSection(Dimension dimension, List<Indicator> indicators) {
	}

	static ModelOutline of(AssessmentModel model) {
		List<AreaSection> areas = model.areas()
			.stream()
			.map((area) -> new AreaSection(area, model.dimensions()
				.stream()
				.map((dimension) -> new DimensionSection(dimension, model.indicatorsIn(area.key(), dimension.key())))
				.filter((section) -> !section.indicators().isEmpty())
				.toList()))
			.toList();
		Map<String, LocalizedText> titles = new HashMap<>();
		model.dimensionGroups().forEach((g) -> titles.put("DIMENSION_GROUP:" + g.key(), g.title()));
		model.dimensions().forEach((d) -> titles.put("DIMENSION:" + d.key(), d.title()));
		model.areas().forEach((a) -> titles.put("AREA:" + a.key(), a.title()));
		return new ModelOutline(model, areas, Map.copyOf(titles));
	}

	/** The title of the group, dimension or area a condition names; null for OVERALL. */
	public @Nullable LocalizedText scopeTitle(ProfileCondition condition) {
		return this.scopeTitles.get(condition.scope() + ":" + condition.key());
	}

	/** The title of a dimension's group, or null for an ungrouped dimension. */
	public @Nullable LocalizedText groupTitle(Dimension dimension) {
		return dimension.group() == null ? null : this.scopeTitles.get("DIMENSION_GROUP:" + dimension.group());
	}

	public int indicatorCount() {
		return this.model.indicators().size();
	}

}

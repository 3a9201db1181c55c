package se.stegvis.assessment.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

import se.stegvis.assessment.RoundMode;
import se.stegvis.assessment.StartRound;
import se.stegvis.assessment.TargetSetting;
import se.stegvis.model.Area;
import se.stegvis.model.AssessmentModel;
import se.stegvis.model.Dimension;
import se.stegvis.model.ModelCatalog;
import se.stegvis.scoring.TargetScope;

/**
 * The start form as posted (field names are the ids of the inputs), kept apart from {@link StartRound} so that a
 * refused form is shown again exactly as typed.
 *
 * @param model {@code key:version} of a published model version, or "" when none was chosen
 * @param overrides target overrides by field id ({@code target-AREA-GENERAL}, {@code target-DIMENSION-USE}) →
 *     the level as typed; blank ones are no override
 */
record StartRoundForm(String organisationCode, String model, String title, String period, String unitId,
		String mode, List<String> areas, String targetLevel, Map<String, String> overrides, boolean published,
		boolean prefill) {

	static final String SEPARATOR = ":";

	private static final String TARGET = "target-";

	StartRoundForm {
		areas = List.copyOf(areas);
		overrides = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
	}

	/** The empty form: the default model, every area, the scale's highest level as target, published, prefilled. */
	static StartRoundForm initial(AssessmentModel model) {
		return new StartRoundForm("", model.key() + SEPARATOR + model.version(), "", "", "", "",
				model.areas().stream().map(Area::key).toList(), String.valueOf(model.maxLevel()), Map.of(), true, true);
	}

	static StartRoundForm from(MultiValueMap<String, String> fields) {
		Map<String, String> overrides = new LinkedHashMap<>();
		fields.forEach((name, values) -> {
			if (name.startsWith(TARGET) && !values.isEmpty()) {
				overrides.put(name, values.get(0) == null ? "" : values.get(0).strip());
			}
		});
		List<String> areas = fields.getOrDefault("areas", List.of()).stream().filter((a) -> a != null && !a.isBlank()).toList();
		return new StartRoundForm(value(fields, "organisationCode"), value(fields, "model"), value(fields, "title"),
				value(fields, "period"), value(fields, "unitId"), value(fields, "mode"), areas,
				value(fields, "targetLevel"), overrides, fields.containsKey("published"), fields.containsKey("prefill"));
	}

	/**
	 * The same form for another model: what was typed stays; areas, target and overrides, which belong to a model,
	 * start again from that model's defaults.
	 */
	StartRoundForm forModel(AssessmentModel other) {
		return new StartRoundForm(this.organisationCode, other.key() + SEPARATOR + other.version(), this.title,
				this.period, this.unitId, this.mode, other.areas().stream().map(Area::key).toList(),
				String.valueOf(other.maxLevel()), Map.of(), this.published, this.prefill);
	}

	/** The model version chosen, if it is one that exists. */
	Optional<AssessmentModel> model(ModelCatalog models) {
		int at = this.model.lastIndexOf(SEPARATOR);
		if (at <= 0) {
			return Optional.empty();
		}
		return models.find(this.model.substring(0, at), this.model.substring(at + 1));
	}

	/** The command for {@code Rounds.start}; the service checks every field. */
	StartRound command(@Nullable AssessmentModel chosen) {
		int at = this.model.lastIndexOf(SEPARATOR);
		String modelKey = at <= 0 ? null : this.model.substring(0, at);
		String modelVersion = at <= 0 ? null : this.model.substring(at + 1);
		RoundMode roundMode = switch (this.mode) {
			case "GROUP" -> RoundMode.GROUP;
			case "INDIVIDUAL" -> RoundMode.INDIVIDUAL;
			default -> null;
		};
		List<TargetSetting.Override> list = new ArrayList<>();
		for (Map.Entry<String, Target> target : overrideFields(chosen).entrySet()) {
			String typed = this.overrides.getOrDefault(target.getKey(), "");
			if (!typed.isEmpty()) {
				list.add(new TargetSetting.Override(target.getValue().scope(), target.getValue().key(), number(typed)));
			}
		}
		TargetSetting targets = new TargetSetting(this.targetLevel.isEmpty() ? null : number(this.targetLevel), list);
		return new StartRound(this.organisationCode, this.unitId.isEmpty() ? null : id(this.unitId), modelKey, modelVersion,
				this.title, this.period, roundMode, this.areas, targets, this.prefill, this.published);
	}

	/** The form field (input id) of each field name the service may refuse. */
	Map<String, String> fieldIds(@Nullable AssessmentModel chosen) {
		Map<String, String> ids = new LinkedHashMap<>();
		ids.put("modelKey", "model");
		ids.put("modelVersion", "model");
		ids.put("title", "title");
		ids.put("period", "period");
		ids.put("mode", "mode");
		ids.put("unitId", "unitId");
		for (int i = 0; i < Math.max(this.areas.size(), 1); i++) {
			ids.put("areas[" + i + "]", "areas");
		}
		ids.put("targets.level", "targetLevel");
		int index = 0;
		for (Map.Entry<String, Target> target : overrideFields(chosen).entrySet()) {
			if (!this.overrides.getOrDefault(target.getKey(), "").isEmpty()) {
				for (String part : List.of("scope", "key", "level")) {
					ids.put("targets.overrides[" + index + "]." + part, target.getKey());
				}
				ids.put("targets.overrides[" + index + "]", target.getKey());
				index++;
			}
		}
		return ids;
	}

	public boolean hasArea(String key) {
		return this.areas.contains(key);
	}

	public String override(String fieldId) {
		return this.overrides.getOrDefault(fieldId, "");
	}

	static String areaField(String key) {
		return TARGET + "AREA-" + key;
	}

	static String dimensionField(String key) {
		return TARGET + "DIMENSION-" + key;
	}

	private static Map<String, Target> overrideFields(@Nullable AssessmentModel chosen) {
		Map<String, Target> fields = new LinkedHashMap<>();
		if (chosen != null) {
			for (Area area : chosen.areas()) {
				fields.put(areaField(area.key()), new Target(TargetScope.AREA, area.key()));
			}
			for (Dimension dimension : chosen.dimensions()) {
				fields.put(dimensionField(dimension.key()), new Target(TargetScope.DIMENSION, dimension.key()));
			}
		}
		return fields;
	}

	private record Target(TargetScope scope, String key) {
	}

	private static String value(MultiValueMap<String, String> fields, String name) {
		String value = fields.getFirst(name);
		return value == null ? "" : value.strip();
	}

	/** A whole number; anything else becomes -1, which the service refuses as outside the scale. */
	private static Integer number(String text) {
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static Long id(String text) {
		try {
			return Long.valueOf(text);
		}
		catch (NumberFormatException ex) {
			return -1L;
		}
	}

}

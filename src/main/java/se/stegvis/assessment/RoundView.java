package se.stegvis.assessment;

import java.util.List;

import se.stegvis.model.AssessmentModel;
import se.stegvis.model.Indicator;
import se.stegvis.scoring.Targets;

/**
 * One round with the model version it uses and its targets.
 *
 * @param indicators the indicators in the round's areas, in model order
 */
public record RoundView(Round round, AssessmentModel model, Targets targets, List<Indicator> indicators) {

	public RoundView {
		indicators = List.copyOf(indicators);
	}

}

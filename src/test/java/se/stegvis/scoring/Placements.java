package se.stegvis.scoring;

import java.util.List;

/** Object mother for indicators placed in a model. */
final class Placements {

    private Placements() {
    }

    static IndicatorPlacement indicator(String key, String area, String dimension) {
        return IndicatorPlacement.ungrouped(key, area, dimension, false);
    }

    static IndicatorPlacement reverse(String key, String area, String dimension) {
        return IndicatorPlacement.ungrouped(key, area, dimension, true);
    }

    static IndicatorPlacement grouped(String key, String area, String dimension, String... groupChain) {
        return new IndicatorPlacement(key, area, dimension, List.of(groupChain), false);
    }
}

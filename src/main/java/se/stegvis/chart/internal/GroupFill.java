package se.stegvis.chart.internal;

import java.util.List;

/**
 * How one respondent group's bar segments are filled when groups are stacked: the first solid, the
 * others with a pattern in their own colour on white, so groups differ by pattern as well as by colour.
 *
 * @param colour the pattern's (or the solid fill's) colour, at least 5:1 against white; also the outline
 * @param pattern the pattern, or {@link Pattern#SOLID}
 */
public record GroupFill(String colour, Pattern pattern) {

	/** The fill of each group, in order. */
	public static final List<GroupFill> GROUPS = List.of(new GroupFill("#1d4f91", Pattern.SOLID),
			new GroupFill("#b34a00", Pattern.DIAGONAL), new GroupFill("#00775a", Pattern.DOTS),
			new GroupFill("#a8487e", Pattern.CROSSHATCH), new GroupFill("#8f5b00", Pattern.HORIZONTAL),
			new GroupFill("#4d4d4d", Pattern.VERTICAL));

	/** The patterns a group can be filled with. */
	public enum Pattern {

		SOLID, DIAGONAL, DOTS, CROSSHATCH, HORIZONTAL, VERTICAL

	}

	/** The value of a {@code fill} attribute: the colour, or a reference to the pattern defined by {@link #define}. */
	public String fill(String patternId) {
		return (this.pattern == Pattern.SOLID) ? this.colour : "url(#" + patternId + ")";
	}

	/** Writes the {@code <pattern>} element with this id, for use inside {@code <defs>}; nothing when solid. */
	public void define(SvgWriter svg, String patternId) {
		if (this.pattern == Pattern.SOLID) {
			return;
		}
		boolean turned = this.pattern == Pattern.DIAGONAL || this.pattern == Pattern.CROSSHATCH;
		svg.start("pattern", "id", patternId, "width", 8, "height", 8, "patternUnits", "userSpaceOnUse",
				"patternTransform", turned ? "rotate(45)" : null);
		svg.empty("rect", "width", 8, "height", 8, "fill", "#ffffff");
		switch (this.pattern) {
			case DIAGONAL, VERTICAL -> svg.empty("rect", "width", 3, "height", 8, "fill", this.colour);
			case HORIZONTAL -> svg.empty("rect", "width", 8, "height", 3, "fill", this.colour);
			case DOTS -> svg.empty("circle", "cx", 4, "cy", 4, "r", 2.2, "fill", this.colour);
			case CROSSHATCH -> {
				svg.empty("rect", "width", 2.5, "height", 8, "fill", this.colour);
				svg.empty("rect", "width", 8, "height", 2.5, "fill", this.colour);
			}
			case SOLID -> throw new IllegalStateException("a solid fill has no pattern");
		}
		svg.end();
	}

}

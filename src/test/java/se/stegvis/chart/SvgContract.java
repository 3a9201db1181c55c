package se.stegvis.chart;

import java.util.List;

import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every chart's SVG promises (DESIGN.md §4, WCAG 2.1 AA, the CSP and openhtmltopdf's SVG 1.1
 * renderer), checked on a parsed SVG.
 */
final class SvgContract {

	/** The narrowest container a chart is drawn in: a 390 px phone less the page's margins. */
	private static final double NARROWEST_CONTAINER = 360;

	private SvgContract() {
	}

	static ParsedSvg check(String markup, String idPrefix, String title) {
		ParsedSvg svg = ParsedSvg.parse(markup);
		Element root = svg.root();
		assertThat(root.getLocalName()).isEqualTo("svg");
		assertThat(root.getNamespaceURI()).isEqualTo(ParsedSvg.SVG_NS);
		assertThat(markup).doesNotStartWith("<?xml");

		// An accessible name and description.
		assertThat(root.getAttribute("role")).isEqualTo("img");
		assertThat(root.getAttribute("aria-labelledby")).isEqualTo(idPrefix + "-title " + idPrefix + "-desc");
		List<Element> children = ParsedSvg.elements(root.getChildNodes());
		assertThat(children.get(0).getLocalName()).isEqualTo("title");
		assertThat(children.get(0).getAttribute("id")).isEqualTo(idPrefix + "-title");
		assertThat(children.get(0).getTextContent()).isEqualTo(title);
		assertThat(children.get(1).getLocalName()).isEqualTo("desc");
		assertThat(children.get(1).getAttribute("id")).isEqualTo(idPrefix + "-desc");
		assertThat(children.get(1).getTextContent()).isNotBlank();

		// Every id belongs to this chart instance.
		assertThat(svg.everyElement()).filteredOn((e) -> e.hasAttribute("id"))
			.allSatisfy((e) -> assertThat(e.getAttribute("id")).startsWith(idPrefix + "-"));

		// Scales with its container.
		assertThat(root.getAttribute("viewBox")).matches("0 0 \\d+ \\d+");
		assertThat(root.getAttribute("width")).isEqualTo("100%");
		assertThat(root.hasAttribute("height")).isFalse();

		// Plain SVG 1.1 with presentation attributes: nothing the CSP or Batik refuses.
		assertThat(svg.attributeNames()).doesNotContain("style").noneMatch((name) -> name.startsWith("on"));
		assertThat(svg.everyElement()).extracting(Element::getLocalName)
			.doesNotContain("script", "style", "foreignObject", "a", "image", "use");
		assertThat(markup).doesNotContain("javascript:", "xlink:href", "<![CDATA[");

		// Text at least 12 px high when the chart is drawn in the narrowest container.
		double scale = NARROWEST_CONTAINER / svg.viewBox()[2];
		assertThat(svg.everyElement()).filteredOn((e) -> e.hasAttribute("font-size"))
			.allSatisfy((e) -> assertThat(ParsedSvg.number(e, "font-size") * scale).isGreaterThanOrEqualTo(12));
		assertThat(root.getAttribute("font-size")).isNotEmpty();

		// No label reaches past the edges of the viewBox.
		assertThat(svg.textExtents()).allSatisfy((extent) -> {
			assertThat(extent[0]).isGreaterThanOrEqualTo(0);
			assertThat(extent[1]).isLessThanOrEqualTo(svg.viewBox()[2]);
			assertThat(extent[2]).isGreaterThanOrEqualTo(0);
			assertThat(extent[3]).isLessThanOrEqualTo(svg.viewBox()[3]);
		});
		return svg;
	}

}

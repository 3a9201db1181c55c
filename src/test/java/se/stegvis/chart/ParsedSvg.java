package se.stegvis.chart;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import se.stegvis.chart.internal.TextMetrics;

/** An SVG parsed with the JDK's DOM parser (which fails on markup that is not well-formed XML), with queries for tests. */
record ParsedSvg(String markup, Document document) {

	static final String SVG_NS = "http://www.w3.org/2000/svg";

	static ParsedSvg parse(String markup) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			return new ParsedSvg(markup, factory.newDocumentBuilder().parse(new InputSource(new StringReader(markup))));
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			throw new AssertionError("not well-formed XML: " + ex.getMessage() + "\n" + markup, ex);
		}
	}

	Element root() {
		return this.document.getDocumentElement();
	}

	/** Every SVG element of this name, in document order. */
	List<Element> all(String name) {
		return elements(this.document.getElementsByTagNameNS(SVG_NS, name));
	}

	/** The SVG elements of this name under the given element. */
	static List<Element> all(Element parent, String name) {
		return elements(parent.getElementsByTagNameNS(SVG_NS, name));
	}

	/** Every element in the document, in any namespace. */
	List<Element> everyElement() {
		return elements(this.document.getElementsByTagName("*"));
	}

	/** The {@code <g>} elements with this class. */
	List<Element> groups(String className) {
		return all("g").stream().filter((g) -> className.equals(g.getAttribute("class"))).toList();
	}

	/** The element with this id. */
	Element byId(String id) {
		return everyElement().stream()
			.filter((e) -> id.equals(e.getAttribute("id")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no element with id " + id));
	}

	/** The names of every attribute in the document. */
	List<String> attributeNames() {
		List<String> names = new ArrayList<>();
		for (Element element : everyElement()) {
			NamedNodeMap attributes = element.getAttributes();
			for (int i = 0; i < attributes.getLength(); i++) {
				names.add(((Attr) attributes.item(i)).getName());
			}
		}
		return names;
	}

	/** The texts of all {@code <text>} elements, each with its lines joined by a space. */
	List<String> texts() {
		return all("text").stream().map((t) -> {
			List<Element> spans = all(t, "tspan");
			return spans.isEmpty() ? t.getTextContent()
					: String.join(" ", spans.stream().map(Node::getTextContent).toList());
		}).toList();
	}

	/** The viewBox as x, y, width, height. */
	double[] viewBox() {
		return Arrays.stream(root().getAttribute("viewBox").split(" ")).mapToDouble(Double::parseDouble).toArray();
	}

	/** The points of a polygon's {@code points} attribute. */
	static List<double[]> points(Element polygon) {
		List<double[]> points = new ArrayList<>();
		for (String pair : polygon.getAttribute("points").trim().split("\\s+")) {
			if (!pair.isEmpty()) {
				String[] xy = pair.split(",");
				points.add(new double[] { Double.parseDouble(xy[0]), Double.parseDouble(xy[1]) });
			}
		}
		return points;
	}

	/** The coordinates of a path's M and L commands, and how many subpaths (M) it has. */
	static List<double[]> pathPoints(Element path) {
		List<double[]> points = new ArrayList<>();
		Matcher m = Pattern.compile("[ML]([-0-9.]+),([-0-9.]+)").matcher(path.getAttribute("d"));
		while (m.find()) {
			points.add(new double[] { Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)) });
		}
		return points;
	}

	static long subpaths(Element path) {
		return path.getAttribute("d").chars().filter((c) -> c == 'M').count();
	}

	static double number(Element element, String attribute) {
		return Double.parseDouble(element.getAttribute(attribute));
	}

	/**
	 * Every horizontal line of text that is not turned, as [left, right, top, bottom] estimated the way
	 * the layouts estimate it, so a test can check that nothing reaches past the viewBox.
	 */
	List<double[]> textExtents() {
		List<double[]> extents = new ArrayList<>();
		for (Element text : all("text")) {
			if (!text.getAttribute("transform").isEmpty()) {
				continue;
			}
			String anchor = text.getAttribute("text-anchor").isEmpty() ? "start" : text.getAttribute("text-anchor");
			List<Element> spans = all(text, "tspan");
			List<Element> lines = spans.isEmpty() ? List.of(text) : spans;
			for (Element line : lines) {
				double x = number(line, "x");
				double width = TextMetrics.width(line.getTextContent(), 14);
				double left = switch (anchor) {
					case "middle" -> x - width / 2;
					case "end" -> x - width;
					default -> x;
				};
				double baseline = number(line, "y");
				extents.add(new double[] { left, left + width, baseline - 14 * 0.75, baseline + 14 * 0.25 });
			}
		}
		return extents;
	}

	static List<Element> elements(NodeList nodes) {
		List<Element> elements = new ArrayList<>(nodes.getLength());
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

}

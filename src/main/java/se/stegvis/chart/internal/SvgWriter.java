package se.stegvis.chart.internal;

import java.util.ArrayDeque;
import java.util.Deque;

import org.jspecify.annotations.Nullable;

/**
 * Writes well-formed SVG markup: every attribute value and every text is XML-escaped, and elements
 * close in order. Attributes are given as name/value pairs; a null value leaves the attribute out, a
 * {@link Number} is written as a coordinate (see {@link Svg#number(double)}).
 */
public final class SvgWriter {

	private final StringBuilder out = new StringBuilder(4096);

	private final Deque<String> open = new ArrayDeque<>();

	/** Opens an element; close it with {@link #end()}. */
	public SvgWriter start(String name, @Nullable Object... attributes) {
		tag(name, attributes);
		this.out.append('>');
		this.open.push(name);
		return this;
	}

	/** Writes an element without content. */
	public SvgWriter empty(String name, @Nullable Object... attributes) {
		tag(name, attributes);
		this.out.append("/>");
		return this;
	}

	/** Writes an element whose content is the given text. */
	public SvgWriter text(String name, String text, @Nullable Object... attributes) {
		tag(name, attributes);
		this.out.append('>').append(Svg.escape(text)).append("</").append(name).append('>');
		return this;
	}

	/** Closes the element opened last. */
	public SvgWriter end() {
		if (this.open.isEmpty()) {
			throw new IllegalStateException("no element is open");
		}
		this.out.append("</").append(this.open.pop()).append('>');
		return this;
	}

	/** Appends markup written by another writer, which must be complete. */
	public SvgWriter append(SvgWriter other) {
		this.out.append(other.markup());
		return this;
	}

	/** The markup written; every element must be closed. */
	public String markup() {
		if (!this.open.isEmpty()) {
			throw new IllegalStateException("elements left open: " + this.open);
		}
		return this.out.toString();
	}

	private void tag(String name, @Nullable Object[] attributes) {
		if (attributes.length % 2 != 0) {
			throw new IllegalArgumentException("attributes of <" + name + "> must come in name/value pairs");
		}
		this.out.append('<').append(name);
		for (int i = 0; i < attributes.length; i += 2) {
			Object value = attributes[i + 1];
			if (value != null) {
				String text = (value instanceof Number number) ? Svg.number(number.doubleValue()) : value.toString();
				this.out.append(' ').append(attributes[i]).append("=\"").append(Svg.escape(text)).append('"');
			}
		}
	}

}

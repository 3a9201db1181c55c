package se.stegvis.chart.internal;

/** A point in the chart's user space (the viewBox), y pointing down. */
public record Point(double x, double y) {

	/** This point moved by (dx, dy). */
	public Point plus(double dx, double dy) {
		return new Point(this.x + dx, this.y + dy);
	}

}

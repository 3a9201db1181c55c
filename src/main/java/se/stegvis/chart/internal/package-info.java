/** Drawing of the charts: XML writing, text measuring, styles, markers and one renderer per chart. */
@NullMarked
package se.stegvis.chart.internal;

import org.jspecify.annotations.NullMarked;

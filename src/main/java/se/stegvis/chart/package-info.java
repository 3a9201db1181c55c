/**
 * Server-side SVG charts — radar, trend line and answer distribution — that look the same in the
 * browser and in the PDF report, each with the {@link se.stegvis.chart.ChartTable data table} that
 * pages and exports show beside it (DESIGN.md §4 "Charts").
 *
 * <p>A chart is an immutable record of the figures to draw; {@code svg(idPrefix, texts)} renders it and
 * {@code table(texts)} gives the same figures as a table, so both come from one source. The SVG keeps
 * to SVG 1.1 with presentation attributes only (no {@code style}, no script, no {@code foreignObject}),
 * so that openhtmltopdf's Batik-based renderer draws it as a browser does and the CSP is kept. It
 * carries {@code role="img"}, a {@code <title>} and {@code <desc>} named by {@code aria-labelledby},
 * and a legend as text; series differ by dash pattern, marker shape or fill pattern as well as by
 * colour. The SVG has a {@code viewBox} and {@code width="100%"}: it scales with its container, and
 * its text stays at least 12 px high down to a 360 px wide container (a 390 px phone).
 *
 * <p>Fixed words such as "Vet ej" come from the message bundle {@code i18n/chart} through
 * {@link se.stegvis.chart.ChartTexts}; figures are rounded by {@link se.stegvis.scoring.DisplayRounding}.
 * The module depends on {@code scoring} and the JDK only: no Spring, no database.
 *
 * <p>Unless marked {@code @Nullable}, null is not allowed and throws {@link NullPointerException};
 * figures or shapes outside what a chart can draw throw {@link IllegalArgumentException} naming what
 * was wrong.
 */
@NullMarked
package se.stegvis.chart;

import org.jspecify.annotations.NullMarked;

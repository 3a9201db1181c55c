/**
 * Summaries of assessment rounds: stored scope scores, comparisons, trends and chart data, and the page
 * that explains how Stegvis counts.
 */
@NullMarked
package se.stegvis.summary;

import org.jspecify.annotations.NullMarked;

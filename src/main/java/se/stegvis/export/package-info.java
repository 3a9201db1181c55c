/**
 * Exports of a round and of a model version: the PDF report and the one-page summary for the nämnd, XLSX,
 * CSV for Swedish Excel, JSON, and the blank questionnaire (DESIGN.md §5 "Exports"). Every figure comes from
 * the services of {@code assessment}, {@code summary} and {@code actionplan}; nothing is recomputed here.
 * Nothing depends on this module. See docs/exports.md.
 */
@NullMarked
package se.stegvis.export;

import org.jspecify.annotations.NullMarked;

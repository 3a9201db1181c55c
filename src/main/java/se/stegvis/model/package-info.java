/**
 * Assessment models as data (DESIGN.md §4b): the versioned YAML/JSON format, its validation, storage of
 * versions (DRAFT, PUBLISHED, RETIRED), the built-in models under {@code models/}, import, export and the
 * pages to browse and search a model.
 *
 * <p>Other features read models through {@link se.stegvis.model.ModelCatalog} and the immutable
 * {@link se.stegvis.model.AssessmentModel} records, which also convert themselves to the {@code scoring}
 * module's types ({@code IndicatorPlacement}, {@code Scale}, {@code ActivityOption}, {@code ProfileRule}).
 * Versions are created, published and retired through {@link se.stegvis.model.ModelAdministration}.
 */
@NullMarked
package se.stegvis.model;

import org.jspecify.annotations.NullMarked;

package se.stegvis.model;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A stored model version and its state, without the document.
 *
 * @param title the model's title in this version
 * @param createdBy the username that uploaded it, or {@code system} for a built-in model
 * @param publishedAt null while DRAFT
 * @param retiredAt null unless RETIRED
 */
public record ModelVersionInfo(String key, SemanticVersion version, ModelState state, LocalizedText title,
		OffsetDateTime createdAt, String createdBy, @Nullable OffsetDateTime publishedAt,
		@Nullable OffsetDateTime retiredAt) {
}

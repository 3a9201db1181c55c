package se.stegvis.model;

/** The life of a stored model version (DESIGN.md §5). */
public enum ModelState {
	/** Uploaded and valid, not yet offered to rounds; may be published. */
	DRAFT,
	/** Offered to new rounds; the document never changes again. */
	PUBLISHED,
	/** Hidden from new rounds; every old round stays readable. */
	RETIRED
}

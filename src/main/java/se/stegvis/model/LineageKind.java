package se.stegvis.model;

/** How an indicator of the previous major version lives on in this one. */
public enum LineageKind {
	/** One indicator under a new key: answers carry over 1:1. */
	RENAMED,
	/** One indicator became several: each new one is prefilled with the old answer. */
	SPLIT,
	/** Several indicators became one: prefilled only where the sources agree. */
	MERGED,
	/** The indicator is gone. */
	REMOVED
}

package se.stegvis.assessment;

/** Where a round stands: DRAFT until the first answer, IN_PROGRESS until completed (or reopened). */
public enum RoundStatus {

	DRAFT, IN_PROGRESS, COMPLETED

}

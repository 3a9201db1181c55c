package se.stegvis.support;

/** Whether the suite runs in CI, where no suite (PostgreSQL, browser) may skip. */
public final class Ci {

	private Ci() {
	}

	public static boolean isCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

}

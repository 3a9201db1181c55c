package se.stegvis.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * A form posted after the session expired, kept so that it is not lost (DESIGN.md §5): the security
 * configuration keeps the posted fields in the new session and sends the user to sign in, then back to the page
 * (GET); the page {@link #take takes} the fields and shows them filled in, to be saved again with a fresh CSRF
 * token. A kept form is never replayed as a post, so a forged cross-site post cannot ride on the next sign-in.
 */
public final class KeptForms {

	private static final String ATTRIBUTE = KeptForms.class.getName();

	private KeptForms() {
	}

	/** Keeps the request's form fields (without the CSRF token) in its session, for the same path. */
	public static void keep(HttpServletRequest request) {
		Map<String, String[]> fields = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (!"_csrf".equals(name)) {
				fields.put(name, values.clone());
			}
		});
		request.getSession(true).setAttribute(ATTRIBUTE, new Kept(request.getRequestURI(), new LinkedHashMap<>(fields)));
	}

	/**
	 * The fields kept for the request's path, removed from the session; empty when there are none (or they were
	 * kept for another page).
	 */
	public static Map<String, String[]> take(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Kept kept)
				|| !kept.path().equals(request.getRequestURI())) {
			return Map.of();
		}
		session.removeAttribute(ATTRIBUTE);
		return kept.fields();
	}

	private record Kept(String path, LinkedHashMap<String, String[]> fields) implements Serializable {
	}

}

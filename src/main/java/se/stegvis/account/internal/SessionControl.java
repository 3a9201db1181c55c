package se.stegvis.account.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a user's sessions on every node (they live in the database): all of them when the account is
 * deleted, all but the current one after a password change.
 */
@Component
public class SessionControl {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionControl(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	public void endSessionsOf(String username) {
		end(username, null);
	}

	/** Ends every session of the user except the one of the current request, if there is one. */
	public void endOtherSessions(String username) {
		String current = null;
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
			var session = request.getRequest().getSession(false);
			current = session == null ? null : session.getId();
		}
		end(username, current);
	}

	private void end(String username, @Nullable String except) {
		this.sessions.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter((id) -> !id.equals(except))
			.toList()
			.forEach(this.sessions::deleteById);
	}

}

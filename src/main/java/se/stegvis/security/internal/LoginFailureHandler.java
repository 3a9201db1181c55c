package se.stegvis.security.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * After a failed sign-in, back to the sign-in page with the username kept and the reason: a wrong
 * username or password, or a lock and when it ends.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

	static final String USERNAME = "stegvis.login.username";

	static final String LOCKED_UNTIL = "stegvis.login.lockedUntil";

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		HttpSession session = request.getSession();
		String username = request.getParameter("username");
		session.setAttribute(USERNAME, username == null ? "" : username.strip());
		if (exception instanceof LoginThrottledException throttled) {
			session.setAttribute(LOCKED_UNTIL, throttled.until());
			response.sendRedirect(request.getContextPath() + "/logga-in?sparrad");
		}
		else {
			response.sendRedirect(request.getContextPath() + "/logga-in?fel");
		}
	}

}

package se.stegvis.security.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The API's answers when a request is not let through, as Problem Details: 401 with the ways to
 * authenticate, 429 with {@code Retry-After} while sign-in is locked, 403 when the role does not allow it.
 */
@Component
class ProblemResponder implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final String CHALLENGE = "Bearer realm=\"Stegvis\", Basic realm=\"Stegvis\", charset=\"UTF-8\"";

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json = JsonMapper.builder().build();

	ProblemResponder(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		Locale locale = this.locales.resolveLocale(request);
		if (exception instanceof LoginThrottledException throttled) {
			long seconds = Math.max(1, Duration.between(Instant.now(), throttled.until()).toSeconds());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			write(request, response, HttpStatus.TOO_MANY_REQUESTS, text("security.problem.throttled.title", locale),
					text("security.problem.throttled.detail", locale, (seconds + 59) / 60));
			return;
		}
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
		write(request, response, HttpStatus.UNAUTHORIZED, text("problem.status.401", locale),
				text("problem.status.401.detail", locale));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		Locale locale = this.locales.resolveLocale(request);
		String detail = (exception instanceof AuthorizationDeniedException || exception.getMessage() == null)
				? text("problem.status.403.detail", locale) : exception.getMessage();
		write(request, response, HttpStatus.FORBIDDEN, text("problem.status.403", locale), detail);
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
			String detail) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(this.json.writeValueAsString(problem));
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}

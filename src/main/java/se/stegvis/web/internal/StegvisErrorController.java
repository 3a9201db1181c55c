package se.stegvis.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import se.stegvis.web.ProblemResponses;

/**
 * The last word on every error that reaches the servlet container: Problem Details for the API, a Swedish
 * page for people — never a stack trace or the default error page.
 */
@Controller
class StegvisErrorController implements ErrorController {

	private final MessageSource messages;

	StegvisErrorController(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request) {
		HttpStatus status = status(request);
		if (isApi(request)) {
			return new ModelAndView("forward:/error/problem");
		}
		String view = switch (status) {
			case NOT_FOUND -> "error/404";
			case FORBIDDEN -> "error/403";
			default -> status.is4xxClientError() ? "error/4xx" : "error/500";
		};
		ModelAndView mav = new ModelAndView(view, status);
		mav.addObject("status", status.value());
		return mav;
	}

	@RequestMapping(path = { "/error", "/error/problem" })
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		String key = "problem.status." + status.value();
		String title = this.messages.getMessage(key, null, status.getReasonPhrase(), LocaleContextHolder.getLocale());
		String detail = this.messages.getMessage(key + ".detail", null, title, LocaleContextHolder.getLocale());
		ProblemDetail problem = ProblemResponses.of(status, title == null ? status.getReasonPhrase() : title,
				detail == null ? status.getReasonPhrase() : detail);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			problem.setInstance(java.net.URI.create(uri.toString()));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri != null && uri.toString().startsWith("/api/");
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}

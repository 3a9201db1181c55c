package se.stegvis.summary.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.stereotype.Component;

/**
 * Renders the summary page's content ({@code summary/summary-content.html}) to HTML, through the same template
 * engine, messages and escaping as every page, so that a completed round's can be kept and the page's layout (with
 * the reader's name, menu and CSRF token) wraps it on each request. Links are built for the request (its context
 * path); the content has no form that carries a token.
 */
@Component
class SummaryHtml {

	private static final String TEMPLATE = "summary/summary-content";

	private final ITemplateEngine engine;

	private final JakartaServletWebApplication application;

	SummaryHtml(ITemplateEngine engine, ServletContext servletContext) {
		this.engine = engine;
		this.application = JakartaServletWebApplication.buildApplication(servletContext);
	}

	/** The content of the page with its view and the page's input errors by field. */
	String render(SummaryView view, Map<String, String> errors, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		WebContext context = new WebContext(this.application.buildExchange(request, response), locale,
				Map.of("view", view, "errors", errors));
		return this.engine.process(TEMPLATE, Set.of("content"), context);
	}

}

package se.stegvis.web.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Swedish by default; {@code ?lang=en} switches to English and is remembered in a cookie. The API (under
 * {@code /api/}) also honours {@code Accept-Language}, choosing Swedish or English, for scripts that send no
 * cookie.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale SWEDISH = Locale.forLanguageTag("sv");

	static final List<Locale> SUPPORTED = List.of(SWEDISH, Locale.ENGLISH);

	/** The most Tomcat keeps between requests without allocating it anew (16 times its 8 kB default). */
	static final int RESPONSE_BUFFER_BYTES = 128 * 1024;

	/**
	 * Turns off the filter that sends every link of a page through the static resource chain: with static
	 * resources served from "/**", each of a page's hundreds of links cost classpath look-ups in every jar (a
	 * third of the time a summary page took), only to rewrite the one version-less WebJar path, which the
	 * resource handler serves as it is.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * Gives every response a buffer that holds a whole page (the summary page is about 65 kB), outermost, before
	 * anything is written.
	 */
	@Bean
	FilterRegistrationBean<Filter> responseBufferFilter() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
			response.setBufferSize(RESPONSE_BUFFER_BYTES);
			chain.doFilter(request, response);
		});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Inside the session and security filters, a page's own flush (Thymeleaf flushes when it has rendered) no longer
	 * commits the response: the page stays in the buffer until the request ends. A committed response made Spring
	 * Session store the session at once and then read it from the database a second time at the end of the
	 * request. Nothing here streams; a response larger than the buffer is still sent as it is written.
	 */
	@Bean
	FilterRegistrationBean<Filter> unflushedResponseFilter() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
				(request, response, chain) -> chain.doFilter(request,
						new UnflushedResponse((HttpServletResponse) response)));
		registration.setOrder(Ordered.LOWEST_PRECEDENCE);
		return registration;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("stegvis-lang");
		resolver.setDefaultLocale(SWEDISH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(WebConfiguration::defaultLocale);
		return resolver;
	}

	static Locale defaultLocale(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank() || !request.getRequestURI().startsWith("/api/")) {
			return SWEDISH;
		}
		try {
			Locale chosen = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
			return chosen == null ? SWEDISH : chosen;
		}
		catch (IllegalArgumentException ex) {
			return SWEDISH;
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}

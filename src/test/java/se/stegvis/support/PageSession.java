package se.stegvis.support;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A browser-like session over HTTP for page tests: keeps the session cookie, sends the CSRF token with
 * every form post and never follows redirects (so a test sees the 302 and its {@code Location}).
 * {@code PageSession.anonymous(url)} for a visitor; {@link TestUsers#signIn(TestUser)} for a signed-in user.
 */
public final class PageSession {

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final RestTestClient http;

	private @Nullable String session;

	private @Nullable String forwardedFor;

	private PageSession(String baseUrl) {
		this.http = RestTestClient
			.bindToServer(new JdkClientHttpRequestFactory(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()))
			.baseUrl(baseUrl)
			.build();
	}

	public static PageSession anonymous(String baseUrl) {
		return new PageSession(baseUrl);
	}

	/**
	 * Makes the requests come from another client address ({@code X-Forwarded-For}, which Stegvis honours
	 * behind a proxy), so that tests of sign-in throttling per address stay apart.
	 */
	public PageSession from(String address) {
		this.forwardedFor = address;
		return this;
	}

	/**
	 * Signs in through the sign-in form.
	 * @throws AssertionError when sign-in fails
	 */
	public static PageSession signIn(String baseUrl, String username, String password) {
		PageSession session = new PageSession(baseUrl);
		Response response = session.submitLogin(username, password);
		if (response.status() != 302 || response.location().contains("/logga-in")) {
			throw new AssertionError("Sign-in as " + username + " failed: " + response.status() + " " + response.location());
		}
		return session;
	}

	/** Posts the sign-in form (with a fresh CSRF token) and returns the answer, e.g. a redirect back with {@code ?fel}. */
	public Response submitLogin(String username, String password) {
		String csrf = token(get("/logga-in").body(), CSRF_INPUT);
		return send(HttpMethod.POST, "/logga-in", Map.of("username", username, "password", password, "_csrf", csrf));
	}

	public Response get(String path) {
		return send(HttpMethod.GET, path, null);
	}

	/** Posts a form with the session's CSRF token added. */
	public Response post(String path, Map<String, String> form) {
		return request(HttpMethod.POST, path, form);
	}

	/** Any request; all but GET carry the form fields and the session's CSRF token. */
	public Response request(HttpMethod method, String path, Map<String, String> form) {
		if (HttpMethod.GET.equals(method)) {
			return get(path);
		}
		Map<String, String> fields = new java.util.HashMap<>(form);
		fields.put("_csrf", csrf());
		return send(method, path, fields);
	}

	/**
	 * Posts a multipart form (a file upload), with the session's CSRF token as a form field like a browser
	 * sends it; {@code fields} are the other fields.
	 */
	public Response postMultipart(String path, String fileField, String filename, byte[] content, Map<String, String> fields) {
		HttpHeaders file = new HttpHeaders();
		file.setContentDisposition(ContentDisposition.formData().name(fileField).filename(filename).build());
		file.setContentType(MediaType.APPLICATION_OCTET_STREAM);
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add(fileField, new HttpEntity<>(content, file));
		fields.forEach(parts::add);
		parts.add("_csrf", csrf());
		return send(HttpMethod.POST, path, parts, MediaType.MULTIPART_FORM_DATA);
	}

	/** Posts a form without a CSRF token (to prove that such posts are refused). */
	public Response postWithoutCsrf(String path, Map<String, String> form) {
		return send(HttpMethod.POST, path, form);
	}

	/** The session's CSRF token, as every page carries it in a meta tag. */
	public String csrf() {
		return token(get("/").body(), CSRF_META);
	}

	public @Nullable String sessionId() {
		return this.session;
	}

	private Response send(HttpMethod method, String path, @Nullable Map<String, String> form) {
		if (form == null) {
			return send(method, path, null, null);
		}
		MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
		form.forEach(body::add);
		return send(method, path, body, MediaType.APPLICATION_FORM_URLENCODED);
	}

	private Response send(HttpMethod method, String path, @Nullable Object body, @Nullable MediaType type) {
		var request = this.http.method(method).uri(path).accept(MediaType.TEXT_HTML);
		if (this.session != null) {
			request = request.header(HttpHeaders.COOKIE, "SESSION=" + this.session);
		}
		if (this.forwardedFor != null) {
			request = request.header("X-Forwarded-For", this.forwardedFor);
		}
		RestTestClient.RequestHeadersSpec<?> spec = request;
		if (body != null && type != null) {
			spec = request.contentType(type).body(body);
		}
		EntityExchangeResult<String> result = spec.exchange().expectBody(String.class).returnResult();
		HttpHeaders headers = result.getResponseHeaders();
		List<String> cookies = headers.getOrEmpty(HttpHeaders.SET_COOKIE);
		for (String cookie : cookies) {
			if (cookie.startsWith("SESSION=")) {
				String value = cookie.substring("SESSION=".length(), cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';'));
				this.session = value.isEmpty() ? null : value;
			}
		}
		String html = result.getResponseBody();
		return new Response(result.getStatus().value(), headers, html == null ? "" : html);
	}

	private static String token(String html, Pattern pattern) {
		Matcher m = pattern.matcher(html);
		if (!m.find()) {
			throw new AssertionError("No CSRF token on the page");
		}
		return m.group(1);
	}

	/** An answer: status, headers and the HTML. */
	public record Response(int status, HttpHeaders headers, String body) {

		/** The {@code Location} of a redirect, or "" if there is none. */
		public String location() {
			String location = this.headers.getFirst(HttpHeaders.LOCATION);
			return location == null ? "" : location;
		}

	}

}

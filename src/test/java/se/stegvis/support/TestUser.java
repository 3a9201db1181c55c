package se.stegvis.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Consumer;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A user made for a test by {@link TestUsers}, with the password to sign in and a personal access token
 * for the API.
 */
public record TestUser(long id, String username, String password, String displayName, String token) {

	/** Headers for the API with the user's personal access token: {@code .headers(user.bearer())}. */
	public Consumer<HttpHeaders> bearer() {
		return (headers) -> headers.setBearerAuth(this.token);
	}

	/** Headers for the API with HTTP Basic (username and password). */
	public Consumer<HttpHeaders> basic() {
		return (headers) -> headers.set(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
			.encodeToString((this.username + ":" + this.password).getBytes(StandardCharsets.UTF_8)));
	}

	/** A client that calls the API as this user (with the token). */
	public RestTestClient api(RestTestClient http) {
		return http.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + this.token).build();
	}

}

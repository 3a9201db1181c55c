package se.stegvis.security.internal;

import jakarta.servlet.DispatcherType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.RequestCache;

import se.stegvis.account.PersonalAccessTokens;

/**
 * Who may call what, and how a request proves who it is. Two filter chains:
 * <ul>
 * <li>the API ({@code /api/**}, {@code /actuator/**}): stateless, personal access tokens
 * ({@code Authorization: Bearer}) or HTTP Basic with a local account, no CSRF (no cookie authenticates it);
 * unauthenticated calls get 401 Problem Details, never a login page. Health is public, the other actuator
 * endpoints (Prometheus) are for system administrators;</li>
 * <li>pages: sessions in the database, sign-in at {@code /logga-in}, CSRF on every form; public pages are
 * listed in {@link #PUBLIC_PAGES}, everything else needs a signed-in user.</li>
 * </ul>
 * Both chains share one throttled password check and the secure headers. Method security is on:
 * features guard system-administrator endpoints with {@code @PreAuthorize("hasRole('SYSTEM_ADMIN')")}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** No inline script or style anywhere: GOV.UK's snippets and htmx's indicator styles live in files. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Pages anyone may see without signing in. */
	static final String[] PUBLIC_PAGES = { "/", "/organisationer", "/tillganglighet", "/personuppgifter", "/sa-raknar-vi", "/logga-in",
			"/inbjudan/**", "/css/**", "/js/**", "/vendor/**", "/webjars/**", "/favicon.svg", "/error", "/error/**",
			"/v3/api-docs", "/v3/api-docs/**", "/api-docs", "/swagger-ui/**", "/swagger-ui.html" };

	/**
	 * No observation per security filter, authentication and authorisation (requests are observed anyway):
	 * wrapping each of the chain's filters cost more than the rest of a small API call. Replaces the property
	 * {@code management.observations.enable.spring.security=false}, which turned the observations off but kept
	 * the wrapping.
	 */
	@Bean
	static SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager passwords, PersonalAccessTokens tokens,
			ProblemResponder problems) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("SYSTEM_ADMIN")
				.anyRequest()
				.authenticated())
			.authenticationManager(passwords)
			.httpBasic((basic) -> basic.realmName("Stegvis").authenticationEntryPoint(problems))
			.addFilterBefore(new PersonalAccessTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(SecurityConfiguration::secureHeaders);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, AuthenticationManager passwords, LoginFailureHandler failures)
			throws Exception {
		RequestCache cache = ExpiredSessionPosts.requestCache();
		http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
			.permitAll()
			.requestMatchers("/inbjudan/*/logga-in")
			.authenticated()
			.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.anyRequest()
			.authenticated())
			.authenticationManager(passwords)
			.formLogin((form) -> form.loginPage("/logga-in").loginProcessingUrl("/logga-in").failureHandler(failures))
			.logout((logout) -> logout.logoutUrl("/logga-ut").logoutSuccessUrl("/logga-in?utloggad"))
			.httpBasic((basic) -> basic.disable())
			.requestCache((requests) -> requests.requestCache(cache))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(new ExpiredSessionPosts(cache)))
			.csrf((csrf) -> csrf.csrfTokenRequestHandler(csrfTokens()))
			.headers(SecurityConfiguration::secureHeaders);
		return http.build();
	}

	/** Spring Security's default (a freshly masked token on every page), masked with each thread's own generator. */
	private static XorCsrfTokenRequestAttributeHandler csrfTokens() {
		XorCsrfTokenRequestAttributeHandler tokens = new XorCsrfTokenRequestAttributeHandler();
		tokens.setSecureRandom(new PerThreadSecureRandom());
		return tokens;
	}

	/** The password check of form login and HTTP Basic, throttled per account and per address. */
	@Bean
	AuthenticationManager passwordAuthentication(UserDetailsService accounts, PasswordEncoder encoder, LoginThrottle throttle,
			ApplicationEventPublisher events) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(accounts);
		dao.setPasswordEncoder(encoder);
		ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(dao, throttle));
		manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
		return manager;
	}

	private static void secureHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy("camera=(), microphone=(), geolocation=()"))
			.frameOptions((frame) -> frame.deny());
	}

}

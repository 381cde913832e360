package org.nordcrm.security.internal;

import org.nordcrm.security.StyleNonce;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.security.web.authentication.SpringSessionRememberMeServices;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";
	// Swagger UI sets inline styles; it serves only the public API description
	static final String CSP_DOCS = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today, and old hashes keep working if the default moves on
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** The REST API and Actuator: stateless, personal API tokens, problem documents for every error. */
	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, org.nordcrm.security.ApiTokenManagement tokens, SecurityProblems problems) {
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests(a -> a
				.requestMatchers(HttpMethod.POST, "/api/v1/auth/tokens").permitAll()
				.requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/v1/docs", "/api/v1/swagger-ui/**").permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers("/actuator/**").hasRole("ADMIN")
				.anyRequest().authenticated())
			.csrf(c -> c.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(r -> r.disable())
			.formLogin(f -> f.disable())
			.httpBasic(b -> b.disable())
			.logout(l -> l.disable())
			.addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
			.addFilterAfter(new TenantFilter(), AuthorizationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP_DOCS)));
		return http.build();
	}

	/** The pages: form login, session in the database, remember-me, CSRF on every form. */
	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, WebSecurityErrors errors, Authenticator authenticator) {
		var rememberMe = new SpringSessionRememberMeServices();
		rememberMe.setRememberMeParameterName("remember-me");
		rememberMe.setValiditySeconds(30 * 24 * 3600);
		http.authorizeHttpRequests(a -> a
				.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
						"/language")
				.permitAll()
				// calendar subscriptions: the secret in the address is the key (calendar.CalendarFeedManagement)
				.requestMatchers(HttpMethod.GET, "/ics/*").permitAll()
				.requestMatchers("/admin/**").hasRole("ADMIN")
				.anyRequest().authenticated())
			.authenticationProvider(authenticator)
			.formLogin(f -> f.loginPage("/login").usernameParameter("email").failureHandler(errors).permitAll())
			.rememberMe(r -> r.rememberMeServices(rememberMe))
			.logout(l -> l.logoutSuccessUrl("/login?logout").permitAll())
			.sessionManagement(s -> s.invalidSessionStrategy(errors))
			.exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
			.addFilterBefore(new PasswordChangeFilter(), AuthorizationFilter.class)
			.addFilterAfter(new TenantFilter(), AuthorizationFilter.class)
			.headers(h -> h
				// written when the response commits, so a page may first ask for a style nonce (security.StyleNonce)
				.addHeaderWriter((request, response) -> response.setHeader("Content-Security-Policy", StyleNonce.policy(CSP, request)))
				.frameOptions(f -> f.deny())
				.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}
}

package org.nordcrm.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.Browserless;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants.TestTenant;
import org.nordcrm.support.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Logging in and everything around it, as a browser sees it. */
@NordCrmTest
class WebSecurityTest {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcTemplate jdbc;

	TestTenant acme;

	@BeforeEach
	void setUp() {
		acme = tenants.create("Acme");
	}

	@Test
	void firstAdministratorFromTheEnvironmentCanLogIn() {
		var web = new Browserless(port).login(NordCrmTest.ADMIN_EMAIL, NordCrmTest.ADMIN_PASSWORD);
		assertThat(web.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void wrongPasswordSaysSoInTheUsersLanguage() {
		var web = new Browserless(port).language("nb-NO,nb;q=0.9");
		web.get("/login");
		var r = web.post("/login", Map.of("email", acme.user().email(), "password", "not-the-password"));
		assertThat(Browserless.location(r)).endsWith("/login?error");
		var page = web.get("/login?error").body();
		assertThat(page).contains("Feil e-post eller passord.");
		// what was typed stays, so only the password has to be typed again
		assertThat(page).contains("value=\"" + acme.user().email() + "\"");
	}

	@Test
	void whatIsKeptAfterAFailedLoginIsNoLongerThanAnEmailAddress() {
		var web = new Browserless(port);
		web.get("/login");
		web.post("/login", Map.of("email", "x".repeat(100_000), "password", "whatever"));
		var page = web.get("/login?error").body();
		assertThat(page).contains("value=\"" + "x".repeat(320) + "\"").doesNotContain("x".repeat(321));
	}

	@Test
	void languageChangeReturnsToTheSamePageButNeverToAnotherSite() {
		var web = new Browserless(port);
		web.get("/login");
		var back = web.send(web.request("/language").header("Referer", "http://localhost:" + port + "/login?logout")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("lang=sv&_csrf=" + csrfOf(web))).build());
		assertThat(Browserless.location(back)).endsWith("/login?logout");
		for (var referer : new String[] { "https://evil.example/x", "http://localhost:" + port + "//evil.example/x" }) {
			var r = web.send(web.request("/language").header("Referer", referer)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString("lang=sv&_csrf=" + csrfOf(web))).build());
			assertThat(Browserless.location(r)).as(referer).isEqualTo("http://localhost:" + port + "/");
		}
	}

	private static String csrfOf(Browserless web) {
		var m = java.util.regex.Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"").matcher(web.get("/login").body());
		assertThat(m.find()).isTrue();
		return java.net.URLEncoder.encode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void repeatedFailuresBlockEvenTheRightPassword() {
		var web = new Browserless(port);
		web.get("/login");
		for (int i = 0; i < 5; i++) {
			web.post("/login", Map.of("email", acme.user().email(), "password", "guess-" + i));
			web.get("/login?error");
		}
		var r = web.post("/login", Map.of("email", acme.user().email(), "password", TestTenants.PASSWORD));
		assertThat(Browserless.location(r)).endsWith("/login?error");
		assertThat(web.get("/login?error").body()).contains("Too many failed attempts");
		// the token endpoint shares the count
		var api = new Api(port).post("/api/v1/auth/tokens",
				"{\"email\":\"" + acme.user().email() + "\",\"password\":\"" + TestTenants.PASSWORD + "\"}");
		assertThat(api.status()).isEqualTo(429);
		assertThat(api.json().get("detail").asString()).contains("Too many failed attempts");
		// another user is not affected
		new Browserless(port).login(acme.admin().email(), TestTenants.PASSWORD);
	}

	@Test
	void postWithoutCsrfTokenIsRefusedWithAClearPage() {
		var web = new Browserless(port).login(acme.user().email(), TestTenants.PASSWORD);
		web.get("/account/tokens");
		var r = web.postRaw("/account/tokens", Map.of("name", "sneaky"));
		assertThat(r.statusCode()).isEqualTo(403);
		assertThat(r.body()).contains("The form had expired or did not come from this page");
		assertThat(r.body()).doesNotContain("Exception");
		assertThat(acme.as(() -> tokensOf(acme.user().id()))).isEmpty();
	}

	@Test
	void expiredSessionSendsToLoginWithAMessage() {
		var web = new Browserless(port).login(acme.user().email(), TestTenants.PASSWORD);
		assertThat(web.get("/").statusCode()).isEqualTo(200);
		jdbc.update("delete from spring_session where principal_name = ?", acme.user().email());
		var r = web.get("/");
		assertThat(r.statusCode()).isEqualTo(302);
		assertThat(Browserless.location(r)).endsWith("/login?expired");
		assertThat(web.get("/login?expired").body()).contains("Your session has expired");
		// an htmx request is told to load the login page as a whole page
		jdbc.update("delete from spring_session");
		var hx = web.send(web.request("/search?q=x").header("HX-Request", "true").GET().build());
		assertThat(hx.headers().firstValue("HX-Redirect")).hasValueSatisfying(v -> assertThat(v).startsWith("/login"));
	}

	@Test
	void unknownUrlGetsATranslatedNotFoundPage() {
		var web = new Browserless(port).language("sv-SE").login(acme.user().email(), TestTenants.PASSWORD);
		var r = web.get("/no/such/page");
		assertThat(r.statusCode()).isEqualTo(404);
		assertThat(r.body()).contains("Sidan eller posten finns inte").doesNotContain("Whitelabel");
		var anonymous = new Browserless(port).get("/webjars/nothing-here.js");
		assertThat(anonymous.statusCode()).isEqualTo(404);
	}

	@Test
	void pagesCarrySecurityHeaders() {
		var r = new Browserless(port).get("/login");
		assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
			.contains("default-src 'self'").contains("script-src 'self'").contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline"));
		assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(r.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).contains("HttpOnly"));
	}

	@Test
	void oneTimePasswordMustBeChangedBeforeAnythingElse() {
		var issued = acme.as(() -> users.create(new NewUser("new.seller@" + acme.id() + ".test", "Kari Nordmann", Role.USER, "nb")));
		var web = new Browserless(port).login(issued.user().email(), issued.oneTimePassword());
		var home = web.get("/");
		assertThat(Browserless.location(home)).endsWith("/account/password");
		// even where the role would be refused, the password comes first
		assertThat(Browserless.location(web.get("/admin/users"))).endsWith("/account/password");
		assertThat(web.get("/account/password").body()).doesNotContain("role=\"search\"");
		assertThat(web.get("/account/password").body()).contains("engangspassord");

		var tooShort = web.post("/account/password", Map.of("newPassword", "short", "repeatPassword", "short"));
		assertThat(tooShort.statusCode()).isEqualTo(200);
		assertThat(tooShort.body()).contains("Passordet må ha minst 10 tegn.");

		var changed = web.post("/account/password", Map.of("newPassword", "my-own-password", "repeatPassword", "my-own-password"));
		assertThat(Browserless.location(changed)).endsWith("/");
		assertThat(web.get("/").statusCode()).isEqualTo(200);
		new Browserless(port).login(issued.user().email(), "my-own-password");
	}

	@Test
	void changingOwnPasswordNeedsTheCurrentOne() {
		var web = new Browserless(port).login(acme.user().email(), TestTenants.PASSWORD);
		web.get("/account/password");
		var r = web.post("/account/password", Map.of("currentPassword", "wrong", "newPassword", "another-password", "repeatPassword", "another-password"));
		assertThat(r.body()).contains("The current password is not right.");
		var mismatch = web.post("/account/password", Map.of("currentPassword", TestTenants.PASSWORD, "newPassword", "another-password", "repeatPassword", "another-passwort"));
		assertThat(mismatch.body()).contains("The two passwords are not the same.").contains("value=\"\"");
	}

	@Test
	void rememberMeKeepsTheSessionCookieFor30Days() {
		var web = new Browserless(port);
		web.get("/login");
		var r = web.post("/login", Map.of("email", acme.user().email(), "password", TestTenants.PASSWORD, "remember-me", "true"));
		// the cookie outlives the browser; the session itself ends after 30 days without use
		assertThat(r.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("NORDCRM_SESSION=").contains("Max-Age="));
		assertThat(jdbc.queryForObject("select max(max_inactive_interval) from spring_session where principal_name = ?",
				Integer.class, acme.user().email())).isEqualTo(30 * 24 * 3600);
		var plain = new Browserless(port).login(acme.admin().email(), TestTenants.PASSWORD);
		assertThat(plain.cookies().getCookieStore().getCookies()).allSatisfy(c -> assertThat(c.getMaxAge()).isEqualTo(-1));
	}

	@Test
	void deactivatedUserIsLoggedOutAndCannotLogInOrUseTokens() {
		var seller = new Browserless(port).login(acme.user().email(), TestTenants.PASSWORD);
		var api = new Api(port).login(acme.user().email(), TestTenants.PASSWORD);
		var admin = new Browserless(port).login(acme.admin().email(), TestTenants.PASSWORD);
		admin.get("/admin/users");
		var r = admin.post("/admin/users/" + acme.user().id() + "/active", Map.of("active", "false"));
		assertThat(Browserless.location(r)).endsWith("/admin/users");
		assertThat(admin.get("/admin/users").body()).contains("The user has been deactivated");

		assertThat(Browserless.location(seller.get("/"))).contains("/login");
		var again = new Browserless(port);
		again.get("/login");
		again.post("/login", Map.of("email", acme.user().email(), "password", TestTenants.PASSWORD));
		assertThat(again.get("/login?error").body()).contains("This user has been deactivated");
		assertThat(api.get("/api/v1/me").status()).isEqualTo(401);

		// and the administrator cannot lock themselves out
		var self = admin.post("/admin/users/" + acme.admin().id() + "/active", Map.of("active", "false"));
		assertThat(Browserless.location(self)).endsWith("/admin/users");
		assertThat(admin.get("/admin/users").body()).contains("You cannot deactivate yourself.");
	}

	@Test
	void ordinaryUsersCannotAdministerUsers() {
		var web = new Browserless(port).login(acme.user().email(), TestTenants.PASSWORD);
		var r = web.get("/admin/users");
		assertThat(r.statusCode()).isEqualTo(403);
		assertThat(r.body()).contains("You do not have access to this page.");
	}

	@Test
	void adminCreatesUserWithFieldErrorsFirst() {
		var admin = new Browserless(port).login(acme.admin().email(), TestTenants.PASSWORD);
		admin.get("/admin/users/new");
		var bad = admin.post("/admin/users", Map.of("name", "<script>alert(1)</script>", "email", "no-at-sign", "role", "USER", "locale", ""));
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("Enter a valid e-mail address").contains("value=\"no-at-sign\"")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)</script>");
		var taken = admin.post("/admin/users", Map.of("name", "Twin", "email", acme.user().email(), "role", "USER", "locale", ""));
		assertThat(taken.body()).contains("A user with this e-mail already exists.");
		var ok = admin.post("/admin/users", Map.of("name", "Ola Nordmann", "email", "ola@" + acme.id() + ".test", "role", "USER", "locale", "sv"));
		assertThat(ok.body()).contains("id=\"one-time-password\"");
		assertThat(admin.get("/admin/users").body()).contains("Ola Nordmann");
	}

	@Test
	void operationsEndpoints() {
		assertThat(new Api(port).get("/actuator/health").status()).isEqualTo(200);
		var admin = new Api(port).login(acme.admin().email(), TestTenants.PASSWORD);
		var metrics = admin.send(admin.builder("/actuator/prometheus").header("Accept", "text/plain").GET());
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
		var user = new Api(port).login(acme.user().email(), TestTenants.PASSWORD);
		assertThat(user.get("/actuator/prometheus").status()).isEqualTo(403);
		assertThat(new Api(port).get("/actuator/prometheus").status()).isEqualTo(401);
	}

	@Test
	void openApiDocumentAndBrowsableUi() {
		var doc = new Api(port).get("/api/v1/openapi.json");
		assertThat(doc.status()).isEqualTo(200);
		assertThat(doc.json().at("/paths").propertyNames()).contains("/api/v1/me", "/api/v1/auth/tokens", "/api/v1/users", "/api/v1/users/{id}");
		assertThat(doc.json().at("/components/securitySchemes/token/scheme").asString()).isEqualTo("bearer");
		var ui = new Browserless(port).get("/api/v1/docs");
		assertThat(ui.statusCode()).isEqualTo(302);
		assertThat(new Browserless(port).get(Browserless.location(ui).replaceFirst("^https?://[^/]+", "")).statusCode()).isEqualTo(200);
	}

	@Autowired
	ApiTokenManagement tokens;

	private java.util.List<ApiToken> tokensOf(UserId id) {
		return tokens.list(id);
	}
}

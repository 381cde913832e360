package org.nordcrm.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants.TestTenant;
import org.nordcrm.support.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API as a script uses it: a token from e-mail and password, /me, and every way of getting it wrong. */
@NordCrmTest
class ApiAccessTest {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	TestTenant acme;

	@BeforeEach
	void setUp() {
		acme = tenants.create("Acme");
	}

	@Test
	void scriptGetsTokenAndCallsMe() {
		var api = new Api(port).login(acme.user().email(), TestTenants.PASSWORD);
		var me = api.get("/api/v1/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("email").asString()).isEqualTo(acme.user().email());
		assertThat(me.json().get("role").asString()).isEqualTo("USER");
		assertThat(me.json().at("/tenant/name").asString()).isEqualTo(acme.name());
		assertThat(me.json().at("/tenant/id").asString()).isEqualTo(acme.id().toString());
	}

	@Test
	void wrongPasswordIsA401ProblemInTheCallersLanguage() {
		var r = new Api(port).language("sv").post("/api/v1/auth/tokens",
				"{\"email\":\"" + acme.user().email() + "\",\"password\":\"wrong-password\",\"name\":\"x\"}");
		assertThat(r.status()).isEqualTo(401);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.json().get("detail").asString()).isEqualTo("Fel e-post eller lösenord.");
		assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void tokenRequestWithoutFieldsNamesTheFields() {
		var r = new Api(port).post("/api/v1/auth/tokens", "{\"name\":\"x\"}");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("email", "password");
		var broken = new Api(port).post("/api/v1/auth/tokens", "{not json");
		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.contentType()).startsWith("application/problem+json");
	}

	@Test
	void malformedUnknownAndMissingTokensAre401() {
		var malformed = new Api(port).token("abc").get("/api/v1/me");
		assertThat(malformed.status()).isEqualTo(401);
		assertThat(malformed.json().get("detail").asString()).contains("not a valid NordCRM API token");
		var unknown = new Api(port).token("ncrm_" + "A".repeat(43)).get("/api/v1/me");
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(unknown.json().get("detail").asString()).contains("unknown, revoked");
		var missing = new Api(port).get("/api/v1/me");
		assertThat(missing.status()).isEqualTo(401);
		assertThat(missing.json().get("detail").asString()).contains("needs a personal API token");
	}

	@Test
	void unknownApiUrlIsA404Problem() {
		var r = new Api(port).login(acme.user().email(), TestTenants.PASSWORD).language("nb").get("/api/v1/no-such-thing");
		assertThat(r.status()).isEqualTo(404);
		assertThat(r.json().get("title").asString()).isEqualTo("Ikke funnet");
	}

	@Test
	void usersApiIsForAdministratorsAndPagesWithACursor() {
		var asUser = new Api(port).login(acme.user().email(), TestTenants.PASSWORD);
		assertThat(asUser.get("/api/v1/users").status()).isEqualTo(403);

		var asAdmin = new Api(port).login(acme.admin().email(), TestTenants.PASSWORD);
		var first = asAdmin.get("/api/v1/users?limit=1");
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.json().get("items")).hasSize(1);
		var next = first.json().get("next").asString();
		var second = asAdmin.get("/api/v1/users?limit=1&after=" + next);
		assertThat(second.json().get("items")).hasSize(1);
		assertThat(second.json().get("next").isNull()).isTrue();
		assertThat(first.json().at("/items/0/id").asString()).isNotEqualTo(second.json().at("/items/0/id").asString());

		assertThat(asAdmin.get("/api/v1/users?limit=0").status()).isEqualTo(400);
		assertThat(asAdmin.get("/api/v1/users?after=not-a-cursor").json().at("/errors/0/field").asString()).isEqualTo("after");
	}

	@Test
	void revokedTokenStopsWorking() {
		var api = new Api(port).login(acme.user().email(), TestTenants.PASSWORD);
		var id = api.get("/api/v1/me").json().get("id").asString();
		assertThat(api.get("/api/v1/me").status()).isEqualTo(200);
		assertThat(acme.as(() -> tokensOf(UserId.of(id)))).allSatisfy(t -> assertThat(t.lastUsedAt()).isNotNull());
		acme.as(() -> {
			tokensOf(UserId.of(id)).forEach(t -> tokenManagement.revoke(UserId.of(id), t.id()));
			return null;
		});
		assertThat(api.get("/api/v1/me").status()).isEqualTo(401);
	}

	@Autowired
	ApiTokenManagement tokenManagement;

	private java.util.List<ApiToken> tokensOf(UserId id) {
		return tokenManagement.list(id);
	}
}

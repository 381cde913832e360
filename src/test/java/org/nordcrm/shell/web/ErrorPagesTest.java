package org.nordcrm.shell.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.Browserless;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@NordCrmTest
class ErrorPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Test
	void unexpectedErrorIsAPageInTheUsersLanguageWithoutDetails() {
		var t = tenants.create("Feil");
		var web = new Browserless(port).language("nb").login(t.user().email(), TestTenants.PASSWORD);
		var r = web.get("/test/failure");
		assertThat(r.statusCode()).isEqualTo(500);
		assertThat(r.body()).contains("Det oppstod en uventet feil").contains("Til startsiden")
			.doesNotContain("internal detail").doesNotContain("IllegalStateException").doesNotContain("at org.");

		var api = new Api(port).language("sv").login(t.user().email(), TestTenants.PASSWORD).get("/api/v1/test/failure");
		assertThat(api.status()).isEqualTo(500);
		assertThat(api.contentType()).startsWith("application/problem+json");
		assertThat(api.json().get("title").asString()).isEqualTo("Något gick fel");
		assertThat(api.body()).doesNotContain("internal detail").doesNotContain("Exception");
	}

	@Test
	void wrongMethodAndBadIdsAreClearErrors() {
		var t = tenants.create("Feil");
		var api = new Api(port).login(t.admin().email(), TestTenants.PASSWORD);
		assertThat(api.get("/api/v1/users/not-a-uuid").status()).isEqualTo(404);
		var wrongMethod = api.post("/api/v1/me", "{}");
		assertThat(wrongMethod.status()).isEqualTo(405);
		assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
		var web = new Browserless(port).login(t.admin().email(), TestTenants.PASSWORD);
		assertThat(web.get("/admin/users/not-a-uuid/password").statusCode()).isIn(404, 405);
	}
}

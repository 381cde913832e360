package org.nordcrm.companies.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.nordcrm.companies.CompanyFilter;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.support.Browserless;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The new-company form against oversized input: a clear answer in the user's language, nothing saved. */
@NordCrmTest
class CompanyPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Autowired
	CompanyManagement companies;

	@Test
	void aTenMegabyteFieldIsRefusedWithoutSavingAnything() {
		var acme = tenants.create("Huge");
		var web = new Browserless(port).login(acme.user().email(), TestTenants.PASSWORD);
		web.get("/companies/new");
		var response = web.post("/companies", Map.of("name", "z".repeat(10 * 1024 * 1024), "country", "NO", "relations", "CUSTOMER"));
		assertThat(response.statusCode()).as(response.headers().toString()).isLessThan(500);
		var page = Jsoup.parse(response.body());
		assertThat(page.select("#name + .invalid-feedback").text()).isEqualTo("At most 300 characters.");
		assertThat(acme.as(() -> companies.byName(CompanyFilter.NONE, 10))).isEmpty();

		// a form with fields left out (not from our page) is shown again with its errors too
		var sparse = web.post("/contacts", Map.of("lastName", "", "privateCustomer", "true"));
		assertThat(sparse.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(sparse.body()).select("#lastName + .invalid-feedback").text()).isEqualTo("Fill in this field.");
	}
}

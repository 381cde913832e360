package org.nordcrm.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.nordcrm.companies.CompanyInput;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.support.Browserless;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The search page as a list: filters alone list records by name, a page at a time, with "show more". */
@NordCrmTest
class SearchPageTest {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Autowired
	CompanyManagement companies;

	@Test
	void aLongListShowsMoreOnRequest() {
		var acme = tenants.create("Many");
		for (int i = 1; i <= 35; i++) {
			var name = "Firma %02d AS".formatted(i);
			acme.as(() -> companies.create(new CompanyInput(name, null, null, "NO", null, null, null, null, null, null, null, null,
					null, null, null, null, null, null, null, null, null, null, null, null, null, null)));
		}
		var web = new Browserless(port).login(acme.user().email(), TestTenants.PASSWORD);
		var first = Jsoup.parse(web.get("/search?kind=company").body());
		assertThat(first.select(".search-hit")).hasSize(30);
		assertThat(first.select(".search-hit a").first().text()).isEqualTo("Firma 01 AS");
		var more = first.selectFirst("#more-hits").attr("href");
		assertThat(more).contains("kind=company").contains("limit=60");

		var all = Jsoup.parse(web.get(more.replaceFirst("^https?://[^/]+", "")).body());
		assertThat(all.select(".search-hit")).hasSize(35);
		assertThat(all.select("#more-hits")).isEmpty();
		assertThat(Jsoup.parse(web.get("/search?q=firma&limit=100000").body()).select(".search-hit")).hasSize(35);
	}
}

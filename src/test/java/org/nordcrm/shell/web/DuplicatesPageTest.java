package org.nordcrm.shell.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.Browserless;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The duplicates page: each pair with links to both cards, its reasons in words and the link to compare and merge. */
@NordCrmTest
class DuplicatesPageTest {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Test
	void listsAPairWithItsCardsReasonsAndMergeLink() {
		var acme = tenants.create("Dupes");
		var api = new Api(port).login(acme.user().email(), TestTenants.PASSWORD);
		var a = api.post("/api/v1/companies", "{\"name\": \"Fjellbekk Kraft AS\", \"organisationNumber\": \"923609016\"}").json().get("id").asString();
		var b = api.post("/api/v1/companies", "{\"name\": \"Fjellbekk Kraft\", \"organisationNumber\": \"923609016\"}").json().get("id").asString();
		var web = new Browserless(port).language("nb").login(acme.user().email(), TestTenants.PASSWORD);

		var search = Jsoup.parse(web.get("/search?kind=company").body());
		assertThat(search.select("a#find-duplicates").attr("href")).as("linked from the companies list").isEqualTo("/duplicates");

		var response = web.get("/duplicates");
		assertThat(response.statusCode()).isEqualTo(200);
		var page = Jsoup.parse(response.body());
		var pairs = page.select(".duplicate-pair");
		assertThat(pairs).hasSize(1);
		var pair = pairs.first();
		assertThat(pair.select(".duplicate-side a").eachAttr("href")).containsExactly("/companies/" + a, "/companies/" + b);
		assertThat(pair.select(".duplicate-side a").eachText()).containsExactly("Fjellbekk Kraft AS", "Fjellbekk Kraft");
		assertThat(pair.select(".duplicate-reasons").text()).isEqualTo("Samme organisasjonsnummer");
		var merge = pair.selectFirst("a.merge-link");
		assertThat(merge.text()).isEqualTo("Sammenlign og slå sammen");
		assertThat(merge.attr("href")).isEqualTo("/merge/company?a=%s&b=%s".formatted(a, b));
		assertThat(page.select(".nav-tabs .active").text()).isEqualTo("Firmaer");

		var persons = Jsoup.parse(web.get("/duplicates?kind=person").body());
		assertThat(persons.select(".nav-tabs .active").text()).isEqualTo("Personer");
		assertThat(persons.select(".duplicate-pair")).isEmpty();
		assertThat(persons.select("#no-duplicates").text()).isEqualTo("Fant ingen mulige duplikater.");

		assertThat(web.get("/duplicates?kind=lead").statusCode()).as("an unknown kind").isEqualTo(400);
		assertThat(web.get("/duplicates?kind=company&limit=x").statusCode()).isEqualTo(400);
		assertThat(new Browserless(port).get("/duplicates").statusCode()).as("anonymous: to the login page").isEqualTo(302);
	}
}

package org.nordcrm.shell.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.nordcrm.shell.DuplicateScans;
import org.nordcrm.shell.internal.DuplicateScanRuns;
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

	@Autowired
	DuplicateScanRuns runs;

	@Autowired
	DuplicateScans scans;

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

	/**
	 * On a large register the scan outlasts the request: the page says it is running and asks again every two
	 * seconds; a second user joins the same scan instead of starting another; the pairs appear once it is done.
	 */
	@Test
	void aScanStillRunningIsShownAndItsPairsComeLater() {
		var acme = tenants.create("Dupes running");
		var api = new Api(port).login(acme.user().email(), TestTenants.PASSWORD);
		var a = api.post("/api/v1/companies", "{\"name\": \"Isbre AS\", \"email\": \"post@isbre.no\"}").json().get("id").asString();
		api.post("/api/v1/companies", "{\"name\": \"Isbre Vest AS\", \"email\": \"post@isbre.no\"}");
		// as if a scan of a large register had been started a moment ago by a colleague, on this node or another
		var running = acme.as(() -> runs.start("company"));

		var web = new Browserless(port).language("en").login(acme.user().email(), TestTenants.PASSWORD);
		var page = Jsoup.parse(web.get("/duplicates?kind=company").body());
		var notice = page.selectFirst("#scan-running");
		assertThat(notice.text()).startsWith("Scanning for duplicates");
		assertThat(notice.attr("hx-get")).isEqualTo("/duplicates/scans/" + running.getId());
		assertThat(notice.attr("hx-trigger")).isEqualTo("every 2s");
		assertThat(page.select(".duplicate-pair")).isEmpty();
		var viaApi = api.get("/api/v1/duplicates?kind=company");
		assertThat(viaApi.status()).isEqualTo(202);
		assertThat(viaApi.json().get("scanId").asString()).isEqualTo(running.getId().toString());
		assertThat(viaApi.json().get("state").asString()).isEqualTo("RUNNING");

		var pairs = acme.as(() -> scans.scan("company", null));
		acme.as(() -> {
			runs.finish(running.getId(), pairs);
			return null;
		});
		var done = Jsoup.parse(web.get("/duplicates/scans/" + running.getId()).body());
		assertThat(done.select("#scan-running")).isEmpty();
		assertThat(done.select(".duplicate-pair .duplicate-side a").eachAttr("href")).contains("/companies/" + a);
		assertThat(done.selectFirst("#scanned-at").text()).startsWith("Scanned");
		assertThat(api.get("/api/v1/duplicates/scans/" + running.getId()).json().get("items").size()).isEqualTo(1);
		var stranger = new Api(port).login(tenants.create("Dupes stranger").user().email(), TestTenants.PASSWORD);
		assertThat(stranger.get("/api/v1/duplicates/scans/" + running.getId()).status()).isEqualTo(404);
	}
}

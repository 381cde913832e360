package org.nordcrm.campaigns.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.Browserless;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The campaign pages in bokmål: a blank name is a field error that keeps what was typed; on the call list a bad time
 * and a call someone else recorded meanwhile are errors beside the same record, and nothing is written.
 */
@NordCrmTest
class CampaignPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	Api seller;
	Browserless web;

	@BeforeEach
	void setUp() {
		var acme = tenants.create("Campaign pages");
		seller = new Api(port).login(acme.user().email(), TestTenants.PASSWORD).language("en");
		web = new Browserless(port).language("nb").login(acme.user().email(), TestTenants.PASSWORD);
	}

	Document page(String path) {
		var r = web.get(path);
		assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
		return Jsoup.parse(r.body());
	}

	@Test
	void aBlankNameIsAFieldErrorAndKeepsTheDescription() {
		page("/campaigns");
		var r = web.post("/campaigns", Map.of("name", " ", "description", "Kun beskrivelse"));
		assertThat(r.statusCode()).isEqualTo(200);
		var doc = Jsoup.parse(r.body());
		assertThat(doc.select("#name").hasClass("is-invalid")).isTrue();
		assertThat(doc.select("#campaign-new .invalid-feedback").text()).isNotBlank();
		assertThat(doc.select("#description").val()).isEqualTo("Kun beskrivelse");
		assertThat(seller.get("/api/v1/campaigns").json().get("items")).isEmpty();
	}

	@Test
	void theCallListShowsErrorsBesideTheSameRecordAndWritesNothing() {
		var campaign = seller.post("/api/v1/campaigns", "{\"name\": \"Sider\"}").json().get("id").asString();
		var company = seller.post("/api/v1/companies", "{\"name\": \"Sideringer AS\"}").json().get("id").asString();
		seller.post("/api/v1/campaigns/" + campaign + "/members", "{\"records\": [{\"kind\": \"company\", \"id\": \"" + company + "\"}]}");
		var call = page("/campaigns/" + campaign + "/call");
		assertThat(call.select(".call-name").text()).isEqualTo("Sideringer AS");
		assertThat(call.select(".call-left").text()).isEqualTo("1 av 1 igjen");
		var action = call.select("#call-form").attr("action");

		var badTime = Jsoup.parse(web.post(action, Map.of("outcome", "CALL_BACK", "callBackAt", "i morgen", "comment", "Prøv igjen",
				"version", "0")).body());
		assertThat(badTime.select(".call-name").text()).isEqualTo("Sideringer AS");
		assertThat(badTime.select("#call-back").hasAttr("open")).isTrue();
		assertThat(badTime.select("#call-back .invalid-feedback").text()).isEqualTo("Skriv dato og klokkeslett, som 27.11.2026 14:00.");
		assertThat(badTime.select("#comment").text()).isEqualTo("Prøv igjen");

		// someone records a call first: the stale form is refused with a message, the member shown as it is now
		var member = seller.get("/api/v1/campaigns/" + campaign + "/members").json().get("items").get(0).get("id").asString();
		assertThat(seller.post("/api/v1/campaigns/" + campaign + "/members/" + member + "/outcomes", "{\"outcome\": \"CALL_BACK\", "
				+ "\"callBackAt\": \"2020-01-01T10:00:00Z\"}").status()).isEqualTo(201);
		var stale = Jsoup.parse(web.post(action, Map.of("outcome", "NOT_INTERESTED", "version", "0")).body());
		assertThat(stale.select(".alert-danger").text()).startsWith("Noen andre har registrert en samtale");
		assertThat(stale.select("input[name=version]").val()).isEqualTo("1");
		assertThat(stale.select(".call-history li")).hasSize(1);

		var outcomes = seller.get("/api/v1/campaigns/" + campaign + "/members/" + member + "/outcomes").json();
		assertThat(outcomes.findValuesAsString("outcome")).containsExactly("CALL_BACK");
	}
}

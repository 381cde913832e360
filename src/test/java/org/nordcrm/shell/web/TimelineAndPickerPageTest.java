package org.nordcrm.shell.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.Browserless;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The card's Activity tab puts every module's entries in one list, newest first, filtered by kind and paged; the
 * record pickers of forms offer only the kinds they ask for.
 */
@NordCrmTest
class TimelineAndPickerPageTest {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Test
	void activityOfACompanyAndOfItsContactNewestFirstByKindAndPaged() {
		var acme = tenants.create("Timeline");
		var api = new Api(port).login(acme.user().email(), TestTenants.PASSWORD);
		var company = api.post("/api/v1/companies", "{\"name\": \"Tidslinje AS\"}").json().get("id").asString();
		api.put("/api/v1/companies/" + company, "{\"name\": \"Tidslinje Holding AS\"}");
		note(api, company, "Ringte om tilbudet.");
		var person = api.post("/api/v1/contacts", "{\"firstName\": \"Kari\", \"lastName\": \"Linje\"}").json().get("id").asString();
		api.post("/api/v1/contacts/" + person + "/companies", "{\"companyId\": \"%s\"}".formatted(company));
		var web = new Browserless(port).language("nb").login(acme.user().email(), TestTenants.PASSWORD);

		var card = Jsoup.parse(web.get("/companies/" + company).body());
		assertThat(card.select(".record-tabs .nav-link").eachText()).contains("Aktivitet");

		var all = page(web, "/timeline/company/" + company);
		assertThat(all.select(".timeline-entry").eachAttr("data-kind")).as("newest first: the link, the note, the rename, the creation")
			.containsExactly("change", "note", "change", "change");
		assertThat(all.select(".timeline-entry").get(1).select(".timeline-title").text()).isEqualTo("Notat av " + acme.user().name());
		assertThat(all.select(".timeline-entry").get(1).select(".timeline-text").text()).isEqualTo("Ringte om tilbudet.");
		assertThat(all.select(".timeline-entry[data-kind=change] .timeline-text").eachText())
			.anyMatch(t -> t.contains("Tidslinje AS") && t.contains("Tidslinje Holding AS"));
		assertThat(all.select(".timeline-filter label").eachText()).contains("Notater", "Endringer");

		var notesOnly = page(web, "/timeline/company/" + company + "?show=note");
		assertThat(notesOnly.select(".timeline-entry").eachAttr("data-kind")).containsExactly("note");
		assertThat(notesOnly.select("#timeline-note").hasAttr("checked")).isTrue();

		var onPerson = page(web, "/timeline/person/" + person + "?show=note");
		assertThat(onPerson.select(".timeline-title").eachText()).as("the company's note, saying where it was written")
			.containsExactly("Notat av " + acme.user().name() + " på Tidslinje Holding AS");

		for (int i = 1; i <= TimelineController.PAGE + 5; i++) {
			note(api, company, "Notat nummer " + i);
		}
		var first = page(web, "/timeline/company/" + company + "?show=note");
		assertThat(first.select(".timeline-entry")).hasSize(TimelineController.PAGE);
		assertThat(first.select(".timeline-text").first().text()).isEqualTo("Notat nummer " + (TimelineController.PAGE + 5));
		var more = first.selectFirst(".timeline-more button").attr("hx-get");
		var rest = page(web, more);
		assertThat(rest.select(".timeline-text").eachText()).as("the older ones, each once")
			.containsExactly("Notat nummer 5", "Notat nummer 4", "Notat nummer 3", "Notat nummer 2", "Notat nummer 1",
					"Ringte om tilbudet.");
		assertThat(rest.select(".timeline-more")).isEmpty();

		var stranger = tenants.create("Timeline stranger");
		var theirs = new Browserless(port).login(stranger.user().email(), TestTenants.PASSWORD);
		assertThat(theirs.get("/timeline/company/" + company).statusCode()).as("another tenant's record").isEqualTo(404);
	}

	@Test
	void pickersOfferTheKindsTheyAskFor() {
		var acme = tenants.create("Pickers");
		var api = new Api(port).login(acme.user().email(), TestTenants.PASSWORD);
		api.post("/api/v1/companies", "{\"name\": \"Plukk Bygg AS\"}");
		api.post("/api/v1/contacts", "{\"firstName\": \"Plukk\", \"lastName\": \"Kontakt\"}");
		api.post("/api/v1/contacts", "{\"firstName\": \"Plukk\", \"lastName\": \"Privat\", \"privateCustomer\": true}");
		var web = new Browserless(port).language("en").login(acme.user().email(), TestTenants.PASSWORD);

		assertThat(page(web, "/pickers?kinds=company&q=plukk").select("[data-pick-name]").eachAttr("data-pick-name"))
			.containsExactly("Plukk Bygg AS");
		assertThat(page(web, "/pickers?kinds=person,private&q=plukk").select("[data-pick-name]").eachAttr("data-pick-name"))
			.containsExactlyInAnyOrder("Plukk Kontakt", "Plukk Privat");
		assertThat(page(web, "/pickers?kinds=private&q=plukk").select(".pick small").text()).startsWith("Private customer");
		assertThat(page(web, "/pickers?kinds=company&q=zzzqqq").text()).isEqualTo("Nothing found for \"zzzqqq\".");
		assertThat(page(web, "/pickers?kinds=company&q=").select(".pick")).isEmpty();
	}

	private static void note(Api api, String company, String body) {
		var created = api.post("/api/v1/notes", "{\"recordKind\": \"company\", \"recordId\": \"%s\", \"body\": \"%s\"}".formatted(company, body));
		assertThat(created.status()).isEqualTo(201);
	}

	private static Document page(Browserless web, String path) {
		var response = web.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}
}

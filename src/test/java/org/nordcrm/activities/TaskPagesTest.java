package org.nordcrm.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.Browserless;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;
import org.nordcrm.support.TestTenants.TestTenant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Tasks on the pages: My tasks with its filters, a card's Tasks tab and next tasks, the form with its errors, mark
 * done; and tasks following their records through merge, undo, erasure and onto the activity timeline.
 */
@NordCrmTest
class TaskPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	TestTenant acme;
	Api seller;
	Api admin;
	Browserless web;

	@BeforeEach
	void setUp() {
		acme = tenants.create("Task pages");
		seller = new Api(port).login(acme.user().email(), TestTenants.PASSWORD).language("en");
		admin = new Api(port).login(acme.admin().email(), TestTenants.PASSWORD).language("en");
		web = new Browserless(port).language("nb").login(acme.user().email(), TestTenants.PASSWORD);
	}

	JsonNode created(Api.Response r) {
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json();
	}

	String company(String name) {
		return created(seller.post("/api/v1/companies", "{\"name\": \"%s\"}".formatted(name))).get("id").asString();
	}

	String person(String first, String last) {
		return created(seller.post("/api/v1/contacts", "{\"firstName\": \"%s\", \"lastName\": \"%s\"}".formatted(first, last))).get("id").asString();
	}

	String task(Api api, String json) {
		return created(api.post("/api/v1/tasks", json)).get("id").asString();
	}

	String status(String name) {
		for (var s : seller.get("/api/v1/task-statuses").json()) {
			if (s.get("name").asString().equals(name)) {
				return s.get("id").asString();
			}
		}
		throw new AssertionError(name);
	}

	Document page(String path) {
		var r = web.get(path);
		assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
		return Jsoup.parse(r.body());
	}

	static List<String> titles(Document d) {
		return d.select(".task-item .task-title").eachText();
	}

	@Test
	void myTasksShowsMyOpenTasksSoonestFirstWithOverdueInWordsAndFiltersByStatusOwnerAndDue() {
		var yesterday = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		task(seller, "{\"title\": \"Senere\", \"due\": \"2031-05-01\"}");
		task(seller, "{\"title\": \"Forfalt\", \"due\": \"%s\"}".formatted(yesterday));
		task(seller, "{\"title\": \"Uten frist\"}");
		task(seller, "{\"title\": \"Ferdig\", \"statusId\": \"%s\"}".formatted(status("Fullført")));
		task(admin, "{\"title\": \"Adminens\", \"due\": \"2031-01-01T10:00\"}");

		var mine = page("/tasks");
		assertThat(mine.select("#nav-tasks").text()).isEqualTo("Mine oppgaver");
		assertThat(titles(mine)).containsExactly("Forfalt", "Senere", "Uten frist");
		var overdue = mine.select(".task-item").first();
		assertThat(overdue.select(".task-overdue-badge").text()).isEqualTo("Forfalt");
		assertThat(mine.select(".task-overdue-badge")).hasSize(1);
		assertThat(mine.select(".task-item").get(1).select(".task-due").text()).isEqualTo("Frist 01.05.2031");
		assertThat(mine.select("input[name=status][checked]").size()).as("the open statuses by default").isEqualTo(3);

		var done = page("/tasks?status=" + status("Fullført"));
		assertThat(titles(done)).containsExactly("Ferdig");
		var several = page("/tasks?status=" + status("Fullført") + "&status=" + status("Ikke startet"));
		assertThat(titles(several)).containsExactly("Forfalt", "Senere", "Uten frist", "Ferdig");
		assertThat(titles(page("/tasks?owner=all"))).containsExactly("Forfalt", "Adminens", "Senere", "Uten frist");
		assertThat(titles(page("/tasks?owner=" + acme.admin().id()))).containsExactly("Adminens");
		assertThat(titles(page("/tasks?owner=all&dueFrom=2031-01-01&dueTo=2031-04-30"))).containsExactly("Adminens");
		var broken = page("/tasks?dueFrom=snart");
		assertThat(broken.select("#task-filter .text-danger").text()).contains("Filteret kunne ikke leses");

		// mark done: a plain form goes back where it was; htmx gets the event that reloads the list
		var id = seller.get("/api/v1/tasks?overdue=true").json().get("items").get(0).get("id").asString();
		var r = web.post("/tasks/" + id + "/done", Map.of("back", "/tasks?owner=all"));
		assertThat(r.statusCode()).isEqualTo(303);
		assertThat(Browserless.location(r)).isEqualTo("/tasks?owner=all");
		assertThat(seller.get("/api/v1/tasks/" + id).json().get("statusName").asString()).isEqualTo("Fullført");
		assertThat(titles(page("/tasks"))).containsExactly("Senere", "Uten frist");
		var later = seller.get("/api/v1/tasks").json().get("items").findValuesAsString("id");
		var htmx = web.send(web.request("/tasks/" + later.get(0) + "/done").header("HX-Request", "true")
			.header("Content-Type", "application/x-www-form-urlencoded").header("X-CSRF-TOKEN", csrf(mine))
			.POST(HttpRequest.BodyPublishers.ofString("")).build());
		assertThat(htmx.statusCode()).isEqualTo(204);
		assertThat(htmx.headers().firstValue("HX-Trigger")).hasValue("tasks-changed");
	}

	static String csrf(Document d) {
		return d.select("meta[name=csrf-token]").attr("content");
	}

	@Test
	void aCardsTasksTabNextTasksAndTheFormWithErrorsInTheUsersLanguage() {
		var fjord = company("Fjordkraft AS");
		var kari = person("Kari", "Fjord");
		var yesterday = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		task(seller, "{\"title\": \"Firmaets\", \"due\": \"2031-01-01\", \"companyId\": \"%s\"}".formatted(fjord));
		task(seller, "{\"title\": \"Begge\", \"due\": \"%s\", \"companyId\": \"%s\", \"personId\": \"%s\"}".formatted(yesterday, fjord, kari));
		task(seller, "{\"title\": \"Personens\", \"personId\": \"%s\"}".formatted(kari));
		task(seller, "{\"title\": \"Tredje\", \"due\": \"2031-02-01\", \"companyId\": \"%s\"}".formatted(fjord));
		task(seller, "{\"title\": \"Fjerde\", \"due\": \"2031-03-01\", \"companyId\": \"%s\"}".formatted(fjord));
		task(seller, "{\"title\": \"Lukket\", \"statusId\": \"%s\", \"companyId\": \"%s\"}".formatted(status("Avbrutt"), fjord));

		var card = page("/companies/" + fjord);
		assertThat(card.select(".record-tabs .nav-link").eachText()).contains("Oppgaver");
		assertThat(card.select("#section-tasks").attr("hx-get")).isEqualTo("/tasks/record/company/" + fjord + "/next");

		var tab = page("/tasks/record/company/" + fjord);
		assertThat(titles(tab)).containsExactly("Begge", "Firmaets", "Tredje", "Fjerde");
		assertThat(tab.select(".task-item").first().select(".task-person").text()).isEqualTo("Kari Fjord");
		assertThat(titles(page("/tasks/record/person/" + kari))).containsExactly("Begge", "Personens");
		assertThat(titles(page("/tasks/record/company/" + fjord + "?status=" + status("Avbrutt")))).containsExactly("Lukket");
		var next = page("/tasks/record/company/" + fjord + "/next");
		assertThat(titles(next)).as("at most three, overdue first").containsExactly("Begge", "Firmaets", "Tredje");
		assertThat(next.select(".task-overdue-badge").eachText()).containsExactly("Forfalt");

		// the new-task form from the tab: the company picked already, errors next to the fields in Norwegian
		var newUrl = tab.select("a.task-new").attr("href");
		var form = page(newUrl);
		assertThat(form.select(".task-company-picker .picked-chip").text()).isEqualTo("Fjordkraft AS");
		var fields = new HashMap<String, String>();
		fields.put("title", " ");
		fields.put("dueDate", "2031-13-45");
		fields.put("companyId", fjord);
		fields.put("personId", acme.user().id().toString());
		fields.put("back", "/companies/" + fjord + "?tab=tasks");
		var bad = web.post("/tasks/new", fields);
		assertThat(bad.statusCode()).isEqualTo(200);
		var errors = Jsoup.parse(bad.body());
		assertThat(errors.select("#title + .invalid-feedback").text()).isEqualTo("Fyll ut dette feltet.");
		assertThat(errors.select(".invalid-feedback.d-block").eachText()).anyMatch(t -> t.startsWith("Skriv en dato"));
		assertThat(errors.select(".task-person-picker .invalid-feedback").text()).isNotBlank();
		assertThat(errors.select(".task-company-picker .picked-chip").text()).as("what was chosen is kept").isEqualTo("Fjordkraft AS");

		fields.put("title", "Ring Kari");
		fields.put("dueDate", "2031-06-01");
		fields.put("dueTime", "09:30");
		fields.put("personId", kari);
		var saved = web.post("/tasks/new", fields);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(Browserless.location(saved)).endsWith("/companies/" + fjord + "?tab=tasks");
		var made = seller.get("/api/v1/tasks?record=" + kari).json().get("items").get(0);
		assertThat(made.get("title").asString()).isEqualTo("Ring Kari");
		assertThat(made.get("allDay").asBoolean()).isFalse();
		assertThat(made.get("due").asString()).isEqualTo("2031-06-01T07:30:00Z");

		// editing from an old copy is refused with the reason
		var id = made.get("id").asString();
		var edit = page("/tasks/" + id + "/edit?back=/tasks");
		assertThat(edit.select("#title").val()).isEqualTo("Ring Kari");
		assertThat(edit.select("#dueTime").val()).isEqualTo("09:30");
		seller.put("/api/v1/tasks/" + id, "{\"title\": \"Ring Kari i dag\"}");
		var change = new HashMap<>(fields);
		change.put("title", "Ring Kari snart");
		change.put("version", "0");
		var stale = web.post("/tasks/" + id, change);
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(stale.body()).select(".alert-danger").text()).contains("endret");
		change.put("version", "1");
		change.remove("personId");
		assertThat(web.post("/tasks/" + id, change).statusCode()).isEqualTo(302);
		var after = seller.get("/api/v1/tasks/" + id).json();
		assertThat(after.get("title").asString()).isEqualTo("Ring Kari snart");
		assertThat(after.get("personId").isNull()).as("the chip taken away clears the person").isTrue();
		assertThat(web.post("/tasks/" + id + "/delete", Map.of("back", "/tasks")).statusCode()).isEqualTo(302);
		assertThat(seller.get("/api/v1/tasks/" + id).status()).isEqualTo(404);

		var stranger = new Browserless(port).login(tenants.create("Task pages stranger").user().email(), TestTenants.PASSWORD);
		assertThat(stranger.get("/tasks/record/company/" + fjord).statusCode()).isEqualTo(404);
		assertThat(stranger.get("/tasks/" + id + "/edit").statusCode()).isEqualTo(404);
	}

	@Test
	void mergingMovesTasksToTheSurvivorTheUndoMovesThemBackAndTheTimelineShowsThem() {
		var survivor = company("Fjordfisk AS");
		var other = company("Fjordfisk Bergen AS");
		task(seller, "{\"title\": \"Overlevende\", \"companyId\": \"%s\"}".formatted(survivor));
		var moved = task(seller, "{\"title\": \"Bergens\", \"companyId\": \"%s\", \"due\": \"2031-01-01\"}".formatted(other));
		var merge = created(seller.post("/api/v1/merges", "{\"kind\": \"company\", \"survivorId\": \"%s\", \"otherId\": \"%s\"}"
			.formatted(survivor, other))).get("id").asString();
		assertThat(titles(page("/tasks/record/company/" + survivor))).containsExactlyInAnyOrder("Overlevende", "Bergens");
		assertThat(seller.get("/api/v1/tasks/" + moved).json().get("companyId").asString()).isEqualTo(survivor);

		var timeline = page("/timeline/company/" + survivor + "?show=task");
		assertThat(timeline.select(".timeline-entry").eachAttr("data-kind")).containsExactly("task", "task");
		assertThat(timeline.select(".timeline-title").eachText()).containsExactly("Oppgave: Bergens (Ikke startet)",
				"Oppgave: Overlevende (Ikke startet)");
		assertThat(page("/timeline/company/" + survivor).select(".timeline-filter label").eachText()).contains("Oppgaver");

		assertThat(seller.post("/api/v1/merges/" + merge + "/undo", "{}").status()).isEqualTo(200);
		assertThat(titles(page("/tasks/record/company/" + survivor))).containsExactly("Overlevende");
		assertThat(titles(page("/tasks/record/company/" + other))).containsExactly("Bergens");

		var p1 = person("Ola", "Dobbel");
		var p2 = person("Ola", "Dobbel");
		var personal = task(seller, "{\"title\": \"Olas\", \"personId\": \"%s\"}".formatted(p2));
		var personMerge = created(seller.post("/api/v1/merges", "{\"kind\": \"person\", \"survivorId\": \"%s\", \"otherId\": \"%s\"}"
			.formatted(p1, p2))).get("id").asString();
		assertThat(seller.get("/api/v1/tasks/" + personal).json().get("personId").asString()).isEqualTo(p1);
		assertThat(seller.post("/api/v1/merges/" + personMerge + "/undo", "{}").status()).isEqualTo(200);
		assertThat(seller.get("/api/v1/tasks/" + personal).json().get("personId").asString()).isEqualTo(p2);
	}

	@Test
	void erasingARecordErasesItsTasksButATaskAlsoOnTheOtherRecordOnlyLosesTheLink() {
		var fjord = company("Fjordkraft AS");
		var kari = person("Kari", "Slett");
		var onlyPerson = task(seller, "{\"title\": \"Bare Kari\", \"description\": \"Hemmelig om Kari\", \"personId\": \"%s\"}".formatted(kari));
		var both = task(seller, "{\"title\": \"Kari og firma\", \"personId\": \"%s\", \"companyId\": \"%s\"}".formatted(kari, fjord));
		var onlyCompany = task(seller, "{\"title\": \"Bare firma\", \"companyId\": \"%s\"}".formatted(fjord));

		assertThat(seller.delete("/api/v1/contacts/" + kari).status()).isEqualTo(204);
		assertThat(admin.post("/api/v1/contacts/" + kari + "/erase?confirm=true", "{}").status()).isEqualTo(204);
		assertThat(seller.get("/api/v1/tasks/" + onlyPerson).status()).isEqualTo(404);
		var kept = seller.get("/api/v1/tasks/" + both).json();
		assertThat(kept.get("personId").isNull()).isTrue();
		assertThat(kept.get("companyId").asString()).isEqualTo(fjord);
		assertThat(titles(page("/tasks/record/company/" + fjord))).containsExactly("Kari og firma", "Bare firma");
		var history = admin.get("/api/v1/history?record=" + onlyPerson).json().get("items");
		assertThat(history.toString()).doesNotContain("Hemmelig om Kari");

		assertThat(seller.delete("/api/v1/companies/" + fjord).status()).isEqualTo(204);
		assertThat(admin.post("/api/v1/companies/" + fjord + "/erase?confirm=true", "{}").status()).isEqualTo(204);
		assertThat(seller.get("/api/v1/tasks/" + both).status()).isEqualTo(404);
		assertThat(seller.get("/api/v1/tasks/" + onlyCompany).status()).isEqualTo(404);
	}

	@Test
	void administratorsKeepTheStatusesOnASettingsPage() {
		var adminWeb = new Browserless(port).language("nb").login(acme.admin().email(), TestTenants.PASSWORD);
		var settings = Jsoup.parse(adminWeb.get("/admin/settings").body());
		assertThat(settings.select("#settings-task-statuses").attr("href")).isEqualTo("/admin/task-statuses");
		var list = Jsoup.parse(adminWeb.get("/admin/task-statuses").body());
		assertThat(list.select(".status-name").eachText()).containsExactly("Ikke startet", "Pågår", "Venter", "Fullført", "Avbrutt");
		assertThat(adminWeb.post("/admin/task-statuses", Map.of("name", "Parkert")).statusCode()).isEqualTo(302);
		var taken = adminWeb.post("/admin/task-statuses", Map.of("name", "venter"));
		assertThat(Jsoup.parse(taken.body()).select("#name + .invalid-feedback").text()).isNotBlank();
		var parked = status("Parkert");
		assertThat(adminWeb.post("/admin/task-statuses/" + parked + "/up", Map.of()).statusCode()).isEqualTo(302);
		assertThat(adminWeb.post("/admin/task-statuses/" + parked + "/up", Map.of()).statusCode()).isEqualTo(302);
		assertThat(adminWeb.post("/admin/task-statuses/" + parked, Map.of("name", "På vent", "version", "0")).statusCode()).isEqualTo(302);
		assertThat(Jsoup.parse(adminWeb.get("/admin/task-statuses").body()).select(".status-name").eachText())
			.containsExactly("Ikke startet", "Pågår", "Venter", "På vent", "Fullført", "Avbrutt");
		assertThat(web.get("/admin/task-statuses").statusCode()).isEqualTo(403);
	}
}

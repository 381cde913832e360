package org.nordcrm.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.Browserless;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;
import org.nordcrm.support.TestTenants.TestTenant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/** Notes through the REST API and on the cards: writing, reading, who sees what, search, merge, delete and erase. */
@NordCrmTest
class NotesApiTest {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Autowired
	DSLContext db;

	@Autowired
	TransactionTemplate tx;

	TestTenant acme;
	Api seller;
	Api admin;

	@BeforeEach
	void setUp() {
		acme = tenants.create("Notes");
		seller = new Api(port).login(acme.user().email(), TestTenants.PASSWORD).language("en");
		admin = new Api(port).login(acme.admin().email(), TestTenants.PASSWORD).language("en");
	}

	static JsonNode created(Api.Response r) {
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json();
	}

	String company(String name) {
		return created(seller.post("/api/v1/companies", "{\"name\": \"%s\"}".formatted(name))).get("id").asString();
	}

	String person(String first, String last, boolean privateCustomer) {
		return created(seller.post("/api/v1/contacts", "{\"firstName\": \"%s\", \"lastName\": \"%s\", \"privateCustomer\": %s}"
			.formatted(first, last, privateCustomer))).get("id").asString();
	}

	static String note(Api api, String kind, String record, String body) {
		return note(api, kind, record, body, false);
	}

	static String note(Api api, String kind, String record, String body, boolean privateNote) {
		var json = "{\"recordKind\": \"%s\", \"recordId\": \"%s\", \"body\": %s, \"privateNote\": %s}"
			.formatted(kind, record, quoted(body), privateNote);
		return created(api.post("/api/v1/notes", json)).get("id").asString();
	}

	static String quoted(String s) {
		return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

	static List<String> bodies(Api.Response list) {
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		var bodies = new ArrayList<String>();
		list.json().get("items").forEach(n -> bodies.add(n.get("body").asString()));
		return bodies;
	}

	/** The texts of the notes a card's Notes tab shows, as the user sees them. */
	List<String> tab(Browserless web, String kind, String record) {
		var r = web.get("/notes/record/" + kind + "/" + record);
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		return Jsoup.parse(r.body()).select(".note .note-body").eachText();
	}

	Browserless web(String email) {
		return new Browserless(port).login(email, TestTenants.PASSWORD);
	}

	@Test
	void notesAreWrittenReadChangedAndDeletedWithHistoryKept() {
		var fjord = company("Fjordkraft Handel AS");
		var id = note(seller, "company", fjord, "Ringte Kari om fornyelse.\n\nSe https://fjordkraft.no/avtale for vilkår.");
		var read = seller.get("/api/v1/notes/" + id).json();
		assertThat(read.get("recordKind").asString()).isEqualTo("company");
		assertThat(read.get("recordId").asString()).isEqualTo(fjord);
		assertThat(read.get("authorId").asString()).isEqualTo(acme.user().id().toString());
		assertThat(read.get("privateNote").asBoolean()).isFalse();

		var changed = seller.put("/api/v1/notes/" + id, "{\"body\": \"Ringte Kari: fornyer i mars.\", \"version\": 0}");
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().get("body").asString()).isEqualTo("Ringte Kari: fornyer i mars.");
		assertThat(changed.json().get("version").asInt()).isEqualTo(1);

		// the one who wrote from an old copy is told, not silently overwritten
		var stale = seller.put("/api/v1/notes/" + id, "{\"body\": \"Gammel tekst\", \"version\": 0}");
		assertThat(stale.status()).isEqualTo(400);
		assertThat(stale.body()).contains("changed this record while you were editing");

		// another user may read it but not change or delete it; an administrator may
		var other = new Api(port).login(tenants.create("Notes other").user().email(), TestTenants.PASSWORD);
		assertThat(other.get("/api/v1/notes/" + id).status()).as("another tenant's note").isEqualTo(404);
		var colleague = note(admin, "company", fjord, "Admin sitt notat");
		assertThat(seller.put("/api/v1/notes/" + colleague, "{\"body\": \"Overtatt\"}").status()).isEqualTo(403);
		assertThat(seller.delete("/api/v1/notes/" + colleague).status()).isEqualTo(403);
		assertThat(admin.put("/api/v1/notes/" + id, "{\"body\": \"Rettet av admin\"}").status()).isEqualTo(200);

		var history = seller.get("/api/v1/history?record=" + id).json().get("items");
		assertThat(history.findValuesAsString("action")).containsExactly("CHANGED", "CHANGED", "CREATED");
		assertThat(history.toString()).contains("Ringte Kari om fornyelse", "fornyer i mars", "Rettet av admin");

		assertThat(seller.delete("/api/v1/notes/" + id).status()).isEqualTo(204);
		assertThat(seller.get("/api/v1/notes/" + id).status()).isEqualTo(404);
		assertThat(bodies(seller.get("/api/v1/notes?record=" + fjord))).containsExactly("Admin sitt notat");
		assertThat(seller.get("/api/v1/history?record=" + id).json().get("items").get(0).get("action").asString()).isEqualTo("DELETED");
	}

	@Test
	void listsFilterByRecordAuthorAndTimeAndPageByCursorNewestFirst() {
		var a = company("Alfa AS");
		var b = company("Beta AS");
		for (int i = 1; i <= 5; i++) {
			note(seller, "company", a, "Alfa " + i);
		}
		note(admin, "company", a, "Alfa admin");
		note(seller, "company", b, "Beta 1");

		assertThat(bodies(seller.get("/api/v1/notes?record=" + a + "&author=" + acme.user().id())))
			.containsExactly("Alfa 5", "Alfa 4", "Alfa 3", "Alfa 2", "Alfa 1");
		assertThat(bodies(seller.get("/api/v1/notes?author=" + acme.admin().id()))).containsExactly("Alfa admin");

		var first = seller.get("/api/v1/notes?record=" + a + "&limit=4");
		assertThat(bodies(first)).containsExactly("Alfa admin", "Alfa 5", "Alfa 4", "Alfa 3");
		var second = seller.get("/api/v1/notes?record=" + a + "&limit=4&after=" + first.json().get("next").asString());
		assertThat(bodies(second)).containsExactly("Alfa 2", "Alfa 1");
		assertThat(second.json().get("next").isNull()).isTrue();

		var now = OffsetDateTime.now().toString().replace("+", "%2B");
		assertThat(bodies(seller.get("/api/v1/notes?record=" + b + "&to=" + now))).containsExactly("Beta 1");
		assertThat(bodies(seller.get("/api/v1/notes?record=" + b + "&from=" + now))).isEmpty();
		assertThat(seller.get("/api/v1/notes?after=nonsense").status()).isEqualTo(400);
	}

	@Test
	void badInputGetsFieldErrorsAndSavesNothing() {
		var fjord = company("Fjordkraft AS");
		var empty = seller.post("/api/v1/notes", "{\"recordKind\": \"company\", \"recordId\": \"%s\", \"body\": \"  \"}".formatted(fjord));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().get("errors").toString()).contains("\"field\":\"body\"", "Fill in this field.");

		var huge = seller.language("nb").post("/api/v1/notes", "{\"recordKind\": \"company\", \"recordId\": \"%s\", \"body\": \"%s\"}"
			.formatted(fjord, "x".repeat(10 * 1024 * 1024)));
		assertThat(huge.status()).isEqualTo(400);
		assertThat(huge.json().get("errors").toString()).contains("\"field\":\"body\"", "Høyst 20");
		seller.language("en");

		var stranger = new Api(port).login(tenants.create("Notes stranger").user().email(), TestTenants.PASSWORD);
		var theirs = created(stranger.post("/api/v1/companies", "{\"name\": \"Hemmelig AS\"}")).get("id").asString();
		var foreign = seller.post("/api/v1/notes", "{\"recordKind\": \"company\", \"recordId\": \"%s\", \"body\": \"Hei\"}".formatted(theirs));
		assertThat(foreign.status()).isEqualTo(400);
		assertThat(foreign.json().get("errors").toString()).contains("\"field\":\"recordId\"", "does not exist");
		var nowhere = seller.post("/api/v1/notes", "{\"recordKind\": \"company\", \"recordId\": \"%s\", \"body\": \"Hei\"}".formatted(acme.user().id()));
		assertThat(nowhere.json().get("errors").toString()).contains("\"field\":\"recordId\"");
		var kind = seller.post("/api/v1/notes", "{\"recordKind\": \"invoice\", \"recordId\": \"%s\", \"body\": \"Hei\"}".formatted(fjord));
		assertThat(kind.json().get("errors").toString()).contains("\"field\":\"recordKind\"", "company, person");
		var noRecord = seller.post("/api/v1/notes", "{\"body\": \"Hei\"}");
		assertThat(noRecord.json().get("errors").toString()).contains("\"field\":\"recordKind\"");
		var notPrivate = seller.post("/api/v1/notes", "{\"recordKind\": \"company\", \"recordId\": \"%s\", \"body\": \"Hei\", \"privateNote\": true}"
			.formatted(fjord));
		assertThat(notPrivate.json().get("errors").toString()).contains("\"field\":\"privateNote\"", "private customer");
		var broken = seller.post("/api/v1/notes", "{\"recordKind\": ");
		assertThat(broken.status()).isEqualTo(400);
		assertThat(bodies(seller.get("/api/v1/notes?record=" + fjord))).isEmpty();
		assertThat(bodies(stranger.get("/api/v1/notes"))).isEmpty();

		// a script is kept as the text it is and shown as text
		var script = "<script>alert('x')</script> <b>fet</b>";
		var id = note(seller, "company", fjord, script);
		assertThat(seller.get("/api/v1/notes/" + id).json().get("body").asString()).isEqualTo(script);
		var html = web(acme.user().email()).get("/notes/record/company/" + fjord).body();
		assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>fet</b>").contains("&lt;script&gt;");
		assertThat(Jsoup.parse(html).select(".note-body").text()).isEqualTo(script);
	}

	@Test
	void theCardShowsParagraphsAndLinksAndACompanysNotesShowOnItsPersonsSayingWhere() {
		var fjord = company("Fjordkraft Handel AS");
		var kari = person("Kari", "Nordmann", false);
		created(seller.post("/api/v1/contacts/" + kari + "/companies", "{\"companyId\": \"%s\"}".formatted(fjord)));
		note(seller, "company", fjord, "Møte om ny avtale.\n\nSe https://fjordkraft.no/avtale. Ring https://evil.test\"onmouseover=x");
		note(seller, "person", kari, "Kari liker kaffe.");

		var web = web(acme.user().email());
		var person = Jsoup.parse(web.get("/notes/record/person/" + kari).body());
		assertThat(person.select(".note .note-body").eachText()).containsExactly("Kari liker kaffe.",
				"Møte om ny avtale. Se https://fjordkraft.no/avtale. Ring https://evil.test\"onmouseover=x");
		var companyNote = person.select(".note").get(1);
		assertThat(companyNote.select(".note-origin").text()).isEqualTo("Written on Fjordkraft Handel AS");
		assertThat(companyNote.select(".note-origin a").attr("href")).isEqualTo("/companies/" + fjord + "?tab=notes");
		assertThat(companyNote.select(".note-body p")).hasSize(2);
		assertThat(companyNote.select(".note-body a").eachAttr("href")).containsExactly("https://fjordkraft.no/avtale", "https://evil.test");
		assertThat(companyNote.select(".note-body a[onmouseover]")).isEmpty();
		assertThat(person.select(".note").get(0).select(".note-origin")).isEmpty();

		// the company's card shows only its own notes
		assertThat(tab(web, "company", fjord)).hasSize(1);
		// on the person's card, the latest notes under the facts
		var latest = Jsoup.parse(web.get("/notes/record/person/" + kari + "/latest").body());
		assertThat(latest.select(".note")).hasSize(2);
		assertThat(web.get("/contacts/" + kari).body()).contains("/notes/record/person/" + kari + "/latest");
	}

	@Test
	void theLatestThreeShowUnderTheFactsAndOlderOnesLoadAPageAtATime() {
		var fjord = company("Fjordkraft AS");
		for (int i = 1; i <= 15; i++) {
			note(seller, "company", fjord, "Notat " + i);
		}
		var web = web(acme.user().email());
		assertThat(web.get("/companies/" + fjord).body()).contains("hx-get=\"/notes/record/company/" + fjord + "/latest\"");
		var latest = Jsoup.parse(web.get("/notes/record/company/" + fjord + "/latest").body());
		assertThat(latest.select(".note-body").eachText()).containsExactly("Notat 15", "Notat 14", "Notat 13");
		var more = latest.select(".notes-older").attr("hx-get");
		assertThat(latest.select(".notes-older").attr("hx-trigger")).startsWith("intersect once");

		var page = Jsoup.parse(web.get(more).body());
		assertThat(page.select(".note-body").eachText()).containsExactly("Notat 12", "Notat 11", "Notat 10", "Notat 9",
				"Notat 8", "Notat 7", "Notat 6", "Notat 5", "Notat 4", "Notat 3");
		var last = Jsoup.parse(web.get(page.select(".notes-older").attr("hx-get")).body());
		assertThat(last.select(".note-body").eachText()).containsExactly("Notat 2", "Notat 1");
		assertThat(last.select(".notes-older")).isEmpty();

		var tab = Jsoup.parse(web.get("/notes/record/company/" + fjord).body());
		assertThat(tab.select(".note")).hasSize(10);
		assertThat(tab.select(".notes-older").attr("hx-trigger")).isEqualTo("revealed");
	}

	@Test
	void aPrivateNoteOnAPrivateCustomerIsSeenByItsAuthorOnly() {
		var ola = person("Ola", "Privatsen", true);
		note(seller, "person", ola, "Ola vurderer å bytte strømleverandør", true);
		note(seller, "person", ola, "Ola ringte om faktura");

		assertThat(bodies(seller.get("/api/v1/notes?record=" + ola))).hasSize(2);
		assertThat(bodies(admin.get("/api/v1/notes?record=" + ola))).containsExactly("Ola ringte om faktura");
		var privateId = seller.get("/api/v1/notes?record=" + ola).json().get("items").get(1).get("id").asString();
		assertThat(admin.get("/api/v1/notes/" + privateId).status()).isEqualTo(404);
		assertThat(admin.delete("/api/v1/notes/" + privateId).status()).isEqualTo(404);

		assertThat(tab(web(acme.admin().email()), "person", ola)).containsExactly("Ola ringte om faktura");
		assertThat(tab(web(acme.user().email()), "person", ola)).hasSize(2);
		assertThat(admin.get("/api/v1/search?q=str%C3%B8mleverand%C3%B8r&kind=note").json().get("items").size()).isZero();
		assertThat(seller.get("/api/v1/search?q=str%C3%B8mleverand%C3%B8r&kind=note").json().get("items").size()).isEqualTo(1);

		// the author makes the open note private from its edit form too
		var open = seller.get("/api/v1/notes?record=" + ola).json().get("items").get(0).get("id").asString();
		var author = web(acme.user().email());
		var edit = Jsoup.parse(author.get("/notes/" + open + "/edit").body());
		assertThat(edit.select(".note-edit-private").attr("type")).isEqualTo("checkbox");
		author.get("/contacts/" + ola);
		assertThat(author.post("/notes/" + open, Map.of("body", "Ola ringte om faktura", "version", "0", "privateNote", "true")).statusCode()).isEqualTo(200);
		assertThat(tab(web(acme.admin().email()), "person", ola)).isEmpty();
	}

	@Test
	void searchFindsNotesByTheirWordsInNorwegianSwedishAndEnglish() {
		var fjord = company("Fjordkraft Handel AS");
		var volvo = company("Volvo Lastvagnar AB");
		var acmeCo = company("Acme Ltd");
		note(seller, "company", fjord, "Vi sendte tilbudene i går, kunden svarer på fredag.");
		note(seller, "company", volvo, "Vi skickade offerterna till inköpschefen.");
		note(seller, "company", acmeCo, "Two meetings planned in March.");

		var nb = seller.get("/api/v1/search?q=tilbud&kind=note").json().get("items");
		assertThat(nb.size()).isEqualTo(1);
		assertThat(nb.get(0).get("kind").asString()).isEqualTo("note");
		assertThat(nb.get(0).get("title").asString()).isEqualTo("Fjordkraft Handel AS");
		assertThat(nb.get(0).get("detail").asString()).contains("tilbudene");
		assertThat(nb.get(0).get("url").asString()).isEqualTo("/companies/" + fjord + "?tab=notes");
		assertThat(seller.get("/api/v1/search?q=offert&kind=note").json().findValuesAsString("title")).containsExactly("Volvo Lastvagnar AB");
		assertThat(seller.get("/api/v1/search?q=meeting&kind=note").json().findValuesAsString("title")).containsExactly("Acme Ltd");
		assertThat(seller.get("/api/v1/search?q=kunden+fredag&kind=note").json().findValuesAsString("title")).containsExactly("Fjordkraft Handel AS");
		assertThat(seller.get("/api/v1/search?q=kunden+mars&kind=note").json().get("items").size()).isZero();
		assertThat(seller.get("/api/v1/search?q=%3C%27%22%29%28&kind=note").status()).isEqualTo(200);
		// the search page lists the note hit with its record's name, opening on the Notes tab
		var page = Jsoup.parse(web(acme.user().email()).get("/search?q=tilbud").body());
		assertThat(page.select(".search-hit a[href='/companies/" + fjord + "?tab=notes']")).isNotEmpty();

		// a deleted company's notes are not found, and come back with it
		assertThat(seller.delete("/api/v1/companies/" + fjord).status()).isEqualTo(204);
		assertThat(seller.get("/api/v1/search?q=tilbud&kind=note").json().get("items").size()).isZero();
		assertThat(admin.post("/api/v1/companies/" + fjord + "/restore", "{}").status()).isEqualTo(200);
		assertThat(seller.get("/api/v1/search?q=tilbud&kind=note").json().get("items").size()).isEqualTo(1);
	}

	@Test
	void aDeletedCompanyComesBackWithItsNotesAndAnErasedOneTakesThemAlong() {
		var fjord = company("Fjordkraft AS");
		var id = note(seller, "company", fjord, "Viktig avtale om strøm");
		var web = web(acme.user().email());
		assertThat(seller.delete("/api/v1/companies/" + fjord).status()).isEqualTo(204);
		assertThat(web.get("/notes/record/company/" + fjord).statusCode()).isEqualTo(404);

		assertThat(admin.post("/api/v1/companies/" + fjord + "/restore", "{}").status()).isEqualTo(200);
		assertThat(tab(web, "company", fjord)).containsExactly("Viktig avtale om strøm");
		assertThat(Jsoup.parse(web.get("/notes/record/company/" + fjord + "/latest").body()).select(".note-body").eachText())
			.containsExactly("Viktig avtale om strøm");

		assertThat(seller.delete("/api/v1/companies/" + fjord).status()).isEqualTo(204);
		assertThat(admin.post("/api/v1/companies/" + fjord + "/erase?confirm=true", "{}").status()).isEqualTo(204);
		assertThat(seller.get("/api/v1/notes/" + id).status()).isEqualTo(404);
		assertThat(bodies(seller.get("/api/v1/notes?record=" + fjord))).isEmpty();
		// history keeps that the note was there, not what it said
		var history = admin.get("/api/v1/history?record=" + id).json().get("items");
		assertThat(history.findValuesAsString("action")).contains("CREATED", "PURGED");
		assertThat(history.toString()).doesNotContain("Viktig avtale");
	}

	@Test
	void mergingMovesTheNotesToTheSurvivorAndTheUndoMovesThemBack() {
		var survivor = company("Fjordfisk AS");
		var other = company("Fjordfisk Bergen AS");
		note(seller, "company", survivor, "Survivor sitt notat");
		var moved = note(seller, "company", other, "Bergen sitt notat");
		var merge = created(seller.post("/api/v1/merges", "{\"kind\": \"company\", \"survivorId\": \"%s\", \"otherId\": \"%s\"}"
			.formatted(survivor, other))).get("id").asString();

		var web = web(acme.user().email());
		assertThat(tab(web, "company", survivor)).containsExactly("Bergen sitt notat", "Survivor sitt notat");
		assertThat(seller.get("/api/v1/notes/" + moved).json().get("recordId").asString()).isEqualTo(survivor);

		assertThat(seller.post("/api/v1/merges/" + merge + "/undo", "{}").status()).isEqualTo(200);
		assertThat(tab(web, "company", survivor)).containsExactly("Survivor sitt notat");
		assertThat(tab(web, "company", other)).containsExactly("Bergen sitt notat");
	}

	@Test
	void theNotesTabWritesEditsAndDeletesWithFieldErrorsInTheUsersLanguage() {
		var fjord = company("Fjordkraft AS");
		var web = web(acme.user().email()).language("nb");
		web.get("/companies/" + fjord);
		var empty = web.post("/notes/record/company/" + fjord, Map.of("body", " "));
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(empty.body()).select("#note-body + .invalid-feedback").text()).isEqualTo("Fyll ut dette feltet.");
		var huge = web.post("/notes/record/company/" + fjord, Map.of("body", "z".repeat(10 * 1024 * 1024)));
		assertThat(huge.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(huge.body()).select("#note-body + .invalid-feedback").text()).startsWith("Høyst 20").endsWith("tegn.");
		assertThat(bodies(seller.get("/api/v1/notes?record=" + fjord))).isEmpty();

		var saved = web.post("/notes/record/company/" + fjord, Map.of("body", "Første notat"));
		assertThat(saved.statusCode()).isEqualTo(302);
		var id = seller.get("/api/v1/notes?record=" + fjord).json().get("items").get(0).get("id").asString();
		var edit = Jsoup.parse(web.get("/notes/" + id + "/edit?on=" + fjord).body());
		assertThat(edit.select("textarea").text()).isEqualTo("Første notat");
		assertThat(edit.select(".note-edit-private")).as("a company's note cannot be private").isEmpty();
		var updated = web.post("/notes/" + id + "?on=" + fjord, Map.of("body", "Første notat, rettet", "version", "0", "privateNote", "false"));
		assertThat(Jsoup.parse(updated.body()).select(".note-body").text()).isEqualTo("Første notat, rettet");
		assertThat(Jsoup.parse(updated.body()).select(".note-edited").text()).isEqualTo("endret");
		var emptied = web.post("/notes/" + id + "?on=" + fjord, Map.of("body", "", "version", "1"));
		assertThat(Jsoup.parse(emptied.body()).select(".invalid-feedback").text()).isEqualTo("Fyll ut dette feltet.");

		var colleague = web(acme.admin().email());
		colleague.get("/");
		assertThat(colleague.get("/notes/" + id + "/edit").statusCode()).isEqualTo(200);
		var adminNote = note(admin, "company", fjord, "Adminnotat");
		assertThat(web.get("/notes/" + adminNote + "/edit").statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(web.get("/notes/" + adminNote).body()).select(".note-edit")).isEmpty();

		assertThat(web.post("/notes/" + id + "/delete", Map.of()).statusCode()).isEqualTo(200);
		assertThat(bodies(seller.get("/api/v1/notes?record=" + fjord))).containsExactly("Adminnotat");
	}

	/** Under row-level security the word index is used only if @@ is leakproof; the embedded server marks it. */
	@Test
	void theWordIndexIsUsedAsTheApplicationRole() {
		var plan = acme.as(() -> tx.execute(s -> {
			// enough notes that reading all of the tenant's costs more than the index
			db.execute("insert into note (tenant_id, id, record_kind, record_id, body, author_id) select current_tenant(), "
					+ "gen_random_uuid(), 'company', gen_random_uuid(), 'Notat ' || g || ' om strøm og nett', '"
					+ acme.user().id() + "' from generate_series(1, 10000) g");
			db.execute("analyze note");
			return db.fetch("explain select id from note where (to_tsvector('norwegian', body) || to_tsvector('swedish', body) "
					+ "|| to_tsvector('english', body)) @@ (plainto_tsquery('norwegian', 'tilbud') || plainto_tsquery('swedish', 'tilbud') "
					+ "|| plainto_tsquery('english', 'tilbud'))").toString();
		}));
		assertThat(plan).contains("note_words_idx").doesNotContain("Seq Scan");
	}
}

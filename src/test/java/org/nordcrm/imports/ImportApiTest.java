package org.nordcrm.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nordcrm.jooq.Tables.COMPANY;
import static org.nordcrm.jooq.Tables.HISTORY;
import static org.nordcrm.jooq.Tables.PERSON;
import static org.nordcrm.jooq.Tables.PERSON_CHANNEL;
import static org.nordcrm.jooq.Tables.PERSON_COMPANY;
import static org.nordcrm.jooq.Tables.SEARCH_WORD;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.dhatim.fastexcel.Workbook;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nordcrm.companies.OrganisationNumber;
import org.nordcrm.support.Api;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;
import org.nordcrm.support.TestTenants.TestTenant;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * Imports through the REST API with files as other systems write them: the stored records, the report and failed
 * rows, history, undo, a killed and a cancelled import, and bad files.
 */
@NordCrmTest
class ImportApiTest {

	static final Charset CP1252 = Charset.forName("windows-1252");

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Autowired
	DSLContext db;

	@Autowired
	TransactionTemplate tx;

	TestTenant acme;
	Api api;

	@BeforeEach
	void setUp() {
		acme = tenants.create("Import");
		api = new Api(port).login(acme.user().email(), TestTenants.PASSWORD).language("en");
	}

	<T> T sql(Supplier<T> work) {
		return TenantContext.call(acme.id(), () -> tx.execute(s -> work.get()));
	}

	Api.Response upload(byte[] content, String name, String target) {
		return api.send(api.builder("/api/v1/imports?target=" + target + "&name=" + name).header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofByteArray(content)));
	}

	JsonNode uploaded(byte[] content, String name, String target) {
		var r = upload(content, name, target);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json();
	}

	JsonNode options(String id, String json) {
		var r = api.put("/api/v1/imports/" + id + "/mapping", json);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json();
	}

	JsonNode run(String id) {
		var r = api.post("/api/v1/imports/" + id + "/start", "");
		assertThat(r.status()).as(r.body()).isEqualTo(202);
		return waitUntilEnded(id);
	}

	JsonNode waitUntilEnded(String id) {
		long end = System.currentTimeMillis() + 120_000;
		while (System.currentTimeMillis() < end) {
			var job = api.get("/api/v1/imports/" + id).json();
			if (!job.get("state").asString().equals("RUNNING")) {
				return job;
			}
			sleep(100);
		}
		throw new AssertionError("import " + id + " did not end");
	}

	static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	static List<String> strings(JsonNode array) {
		var result = new ArrayList<String>();
		array.forEach(n -> result.add(n.isNull() ? null : n.asString()));
		return result;
	}

	/** A valid Norwegian organisation number, a different one for each n below 100 000. */
	static String orgnr(int n) {
		for (int i = n * 100;; i++) {
			var first8 = String.valueOf(80_000_000 + i);
			int check = OrganisationNumber.norwegianCheckDigit(first8);
			if (check >= 0) {
				return first8 + check;
			}
		}
	}

	/** The live companies as rows of name, orgnr, phone, e-mail, city and version, in name order. */
	List<String> register() {
		return sql(() -> db.select(COMPANY.NAME, COMPANY.ORGANISATION_NUMBER, COMPANY.PHONE, COMPANY.EMAIL, COMPANY.VISIT_CITY,
				COMPANY.INDUSTRY_ID, COMPANY.NOTE).from(COMPANY).where(COMPANY.DELETED_AT.isNull()).orderBy(COMPANY.NAME)
			.fetch(r -> r.toString()));
	}

	@Test
	void aTwentyFourSevenOfficeFileIsImportedWithItsReportFailedRowsAndHistory() {
		var csv = """
				\uFEFFCompanyName,CompanyGovNo,CompanyPhone,CompanyEmail,CompanyAddress,CompanyPostcode,CompanyCity,CompanyType
				Fjordkraft Handel AS,923 609 016,22 22 22 22,post@fjordkraft.test,"Storgata 1
				Postboks 7",0155,Oslo,Kunde
				Ålesund Fisk AS,NO 987 654 325 MVA,+47 70 10 20 30,ALESUND@fisk.test,Brogata 3,6002,Ålesund,Kunde
				Feil Nummer AS,123456789,,,Vegen 1,5003,Bergen,Kunde
				Dårlig Post AS,,,ikke-en-adresse,,,,Leverandør
				""";
		var job = uploaded(csv.getBytes(StandardCharsets.UTF_8), "24so-firma.csv", "COMPANY");
		assertThat(job.get("delimiter").asString()).isEqualTo(",");
		assertThat(job.get("totalRows").asInt()).isEqualTo(4);
		assertThat(strings(job.get("options").get("mapping"))).containsExactly("name", "organisationNumber", "phone", "email",
				"visitStreet", "visitPostcode", "visitCity", null);
		var id = job.get("id").asString();
		options(id, "{\"mapping\": %s, \"keepUnknownInNote\": true}".formatted(job.get("options").get("mapping")));

		var preview = api.get("/api/v1/imports/" + id + "/preview").json();
		assertThat(preview.get("newRows").asInt()).isEqualTo(2);
		assertThat(preview.get("failed").asInt()).isEqualTo(2);
		assertThat(preview.get("rows").get(0).get("values").get("visitStreet").asString()).isEqualTo("Storgata 1\nPostboks 7");
		assertThat(preview.get("problems").toString()).contains("\"row\":5", "CompanyGovNo").contains("CompanyEmail");
		assertThat(register()).isEmpty(); // a preview writes nothing

		var done = run(id);
		assertThat(done.get("state").asString()).isEqualTo("DONE");
		assertThat(done.get("created").asInt()).isEqualTo(2);
		assertThat(done.get("failed").asInt()).isEqualTo(2);
		assertThat(register()).hasSize(2);
		var fjordkraft = sql(() -> db.selectFrom(COMPANY).where(COMPANY.NAME.eq("Fjordkraft Handel AS")).fetchOne());
		assertThat(fjordkraft.getOrganisationNumber()).isEqualTo("923609016");
		assertThat(fjordkraft.getPhone()).isEqualTo("+4722222222");
		assertThat(fjordkraft.getVisitStreet()).isEqualTo("Storgata 1\nPostboks 7");
		var alesund = sql(() -> db.selectFrom(COMPANY).where(COMPANY.NAME.eq("Ålesund Fisk AS")).fetchOne());
		assertThat(alesund.getOrganisationNumber()).isEqualTo("987654325");
		assertThat(alesund.getEmail()).isEqualTo("alesund@fisk.test");
		assertThat(alesund.getVisitCity()).isEqualTo("Ålesund");

		// the unmapped column went into a note on the record
		var notes = api.get("/api/v1/notes?record=" + fjordkraft.getId()).json().get("items");
		assertThat(notes.get(0).get("body").asString()).isEqualTo("CompanyType: Kunde");

		// history knows the import: channel and file
		var history = sql(() -> db.select(HISTORY.CHANNEL, HISTORY.IMPORT_ID, HISTORY.ACTOR_ID).from(HISTORY)
			.where(HISTORY.RECORD_ID.eq(fjordkraft.getId()).and(HISTORY.ACTION.eq("CREATED"))).fetchOne());
		assertThat(history.value1()).isEqualTo("import");
		assertThat(history.value2()).isEqualTo(UUID.fromString(id));
		assertThat(history.value3()).isEqualTo(acme.user().id().value());
		var entries = api.get("/api/v1/history?record=" + fjordkraft.getId()).body();
		assertThat(entries).contains("\"importId\":\"" + id + "\"");

		var report = api.get("/api/v1/imports/" + id + "/report").json();
		assertThat(report.get("failedRows").get(0).get("row").asInt()).isEqualTo(5);
		var failed = api.send(api.builder("/api/v1/imports/" + id + "/failed-rows").header("Accept", "text/csv").GET());
		assertThat(failed.status()).isEqualTo(200);
		var lines = failed.body().lines().toList();
		assertThat(lines.getFirst()).isEqualTo("\uFEFFRow,Reason,CompanyName,CompanyGovNo,CompanyPhone,CompanyEmail,CompanyAddress,CompanyPostcode,CompanyCity,CompanyType");
		assertThat(lines.get(1)).startsWith("5,\"Column \"\"CompanyGovNo\"\": A Norwegian organisation number has 9 digits")
			.endsWith("Feil Nummer AS,123456789,,,Vegen 1,5003,Bergen,Kunde");
		assertThat(lines.get(2)).startsWith("6,\"Column \"\"CompanyEmail\"\": Enter a valid e-mail address");
	}

	@Test
	void aSemicolonWindows1252NorwegianFileKeepsÆøåAndCreatesItsIndustryWhenAsked() {
		var csv = """
				Firmanavn;Org.nr.;Telefon;E-post;Postadresse;Postnr;Poststed;Bransje;Ansatte;Omsetning
				Blåbær Økonomi AS;%s;912 34 567;post@blabaer.test;Postboks 12;9008;Tromsø;Regnskap;12;1 234 567,50
				Ærlig Håndverk AS;%s;;;Skjærgårdsvegen 4;1680;Skjærhalden;Regnskap;3;
				""".formatted(orgnr(1), orgnr(2));
		var job = uploaded(csv.getBytes(CP1252), "kunder.csv", "COMPANY");
		assertThat(job.get("encoding").asString()).isEqualTo("windows-1252");
		assertThat(job.get("delimiter").asString()).isEqualTo(";");
		assertThat(strings(job.get("columns"))).containsExactly("Firmanavn", "Org.nr.", "Telefon", "E-post", "Postadresse", "Postnr",
				"Poststed", "Bransje", "Ansatte", "Omsetning");
		assertThat(strings(job.get("options").get("mapping"))).containsExactly("name", "organisationNumber", "phone", "email",
				"postalStreet", "visitPostcode", "visitCity", "industry", "employees", "turnover");
		var id = job.get("id").asString();

		var preview = api.get("/api/v1/imports/" + id + "/preview").json();
		assertThat(strings(preview.get("missingIndustries"))).containsExactly("Regnskap");
		assertThat(preview.get("failed").asInt()).isEqualTo(2); // the industry does not exist and was not to be created

		options(id, "{\"mapping\": %s, \"createMissing\": true}".formatted(job.get("options").get("mapping")));
		preview = api.get("/api/v1/imports/" + id + "/preview").json();
		assertThat(preview.get("newRows").asInt()).isEqualTo(2);
		assertThat(preview.get("failed").asInt()).isZero();

		var done = run(id);
		assertThat(done.get("created").asInt()).isEqualTo(2);
		var blabaer = sql(() -> db.selectFrom(COMPANY).where(COMPANY.ORGANISATION_NUMBER.eq(orgnr(1))).fetchOne());
		assertThat(blabaer.getName()).isEqualTo("Blåbær Økonomi AS");
		assertThat(blabaer.getVisitCity()).isEqualTo("Tromsø");
		assertThat(blabaer.getPostalStreet()).isEqualTo("Postboks 12");
		assertThat(blabaer.getPhone()).isEqualTo("+4791234567");
		assertThat(blabaer.getEmployees()).isEqualTo(12);
		assertThat(blabaer.getTurnover()).isEqualByComparingTo("1234567.50");
		var industries = api.get("/api/v1/industries").body();
		assertThat(industries).contains("Regnskap");
		var haandverk = sql(() -> db.selectFrom(COMPANY).where(COMPANY.ORGANISATION_NUMBER.eq(orgnr(2))).fetchOne());
		assertThat(haandverk.getName()).isEqualTo("Ærlig Håndverk AS");
		assertThat(haandverk.getIndustryId()).isEqualTo(blabaer.getIndustryId());
	}

	@Test
	void anXlsxOfContactPersonsIsLinkedToTheirCompanies() throws Exception {
		var company = api.post("/api/v1/companies", "{\"name\": \"Nordlys Energi AS\", \"organisationNumber\": \"%s\"}".formatted(orgnr(10)));
		assertThat(company.status()).isEqualTo(201);
		var other = api.post("/api/v1/companies", "{\"name\": \"Sørvest Bygg AS\"}");
		var bytes = new ByteArrayOutputStream();
		try (var wb = new Workbook(bytes, "test", "1.0")) {
			var ws = wb.newWorksheet("Kontakter");
			var header = List.of("Fornavn", "Etternavn", "E-post", "Mobil", "Fødselsdato", "Orgnr", "Stilling");
			for (int c = 0; c < header.size(); c++) {
				ws.value(0, c, header.get(c));
			}
			ws.value(1, 0, "Kari");
			ws.value(1, 1, "Nordmann");
			ws.value(1, 2, "kari@nordlys.test");
			ws.value(1, 3, "912 34 567");
			ws.value(1, 4, LocalDate.of(1980, 12, 31));
			ws.style(1, 4).format("dd.mm.yyyy").set();
			ws.value(1, 5, Long.parseLong(orgnr(10)));
			ws.value(1, 6, "Daglig leder");
			ws.value(2, 0, "Ola");
			ws.value(2, 1, "Sørensen");
			ws.value(2, 2, "ola@nordlys.test");
			ws.value(2, 4, "01.02.1975");
			ws.value(2, 5, orgnr(10));
			ws.value(3, 0, "Per");
			ws.value(3, 1, "Feil");
			ws.value(3, 4, "31.02.1990");
			ws.value(3, 5, orgnr(11));
		}
		var job = uploaded(bytes.toByteArray(), "kontakter.xlsx", "PERSON");
		assertThat(job.get("format").asString()).isEqualTo("XLSX");
		assertThat(strings(job.get("options").get("mapping"))).containsExactly("firstName", "lastName", "email", "mobile", "birthDate",
				"companyOrganisationNumber", "position");
		var done = run(job.get("id").asString());
		assertThat(done.get("created").asInt()).as(api.get("/api/v1/imports/" + done.get("id").asString() + "/report").body()).isEqualTo(2);
		assertThat(done.get("failed").asInt()).isEqualTo(1);
		var kari = sql(() -> db.selectFrom(PERSON).where(PERSON.FIRST_NAME.eq("Kari")).fetchOne());
		assertThat(kari.getLastName()).isEqualTo("Nordmann");
		assertThat(kari.getBirthDate()).isEqualTo(LocalDate.of(1980, 12, 31));
		var ola = sql(() -> db.selectFrom(PERSON).where(PERSON.FIRST_NAME.eq("Ola")).fetchOne());
		assertThat(ola.getBirthDate()).isEqualTo(LocalDate.of(1975, 2, 1));
		var links = sql(() -> db.select(PERSON_COMPANY.PERSON_ID, PERSON_COMPANY.COMPANY_ID, PERSON_COMPANY.POSITION).from(PERSON_COMPANY)
			.fetch(r -> r.value1() + " " + r.value2() + " " + r.value3()));
		var nordlys = company.json().get("id").asString();
		assertThat(links).containsExactlyInAnyOrder(kari.getId() + " " + nordlys + " Daglig leder", ola.getId() + " " + nordlys + " null");
		// found in search as contact persons, by name, mobile and e-mail
		for (var q : List.of("nordmann", "912%2034%20567", "kari@nordlys.test")) {
			assertThat(api.get("/api/v1/search?q=" + q + "&kind=person").body()).as(q).contains(kari.getId().toString());
		}
		assertThat(api.get("/api/v1/search?q=s%C3%B8rensen&kind=person").body()).contains(ola.getId().toString());
		var failed = api.get("/api/v1/imports/" + done.get("id").asString() + "/report").json().get("failedRows").get(0);
		assertThat(failed.get("problems").toString()).contains("Column \\\"Fødselsdato\\\": Not a date: \\\"31.02.1990\\\"")
			.contains("No company found for");
		assertThat(other.status()).isEqualTo(201);
	}

	@Test
	void aSwedishContactsMobileWithoutCountryCodeIsReadAsSwedish() {
		var company = api.post("/api/v1/companies", "{\"name\": \"Bergdal Energi AB\", \"organisationNumber\": \"556036-0793\", \"country\": \"SE\"}");
		assertThat(company.status()).as(company.body()).isEqualTo(201);
		var csv = "Fornavn;Etternavn;Mobil;Orgnr\nHugo;Dahlberg;072-276 55 71;5560360793\nOla;Nordmann;912 34 567;\n";
		var done = run(uploaded(csv.getBytes(StandardCharsets.UTF_8), "svenska.csv", "PERSON").get("id").asString());
		assertThat(done.get("created").asInt()).as(api.get("/api/v1/imports/" + done.get("id").asString() + "/report").body()).isEqualTo(2);
		var mobiles = sql(() -> db.select(PERSON.FIRST_NAME, PERSON_CHANNEL.VALUE).from(PERSON).join(PERSON_CHANNEL)
			.on(PERSON_CHANNEL.PERSON_ID.eq(PERSON.ID)).where(PERSON_CHANNEL.KIND.eq("MOBILE")).fetch(r -> r.value1() + " " + r.value2()));
		// without a company, a number is Norwegian as before
		assertThat(mobiles).containsExactlyInAnyOrder("Hugo +46722765571", "Ola +4791234567");
	}

	@Test
	void undoRestoresTheRegisterExactlyAndKeepsRecordsChangedSince() {
		var existing = api.post("/api/v1/companies", "{\"name\": \"Gammel AS\", \"organisationNumber\": \"%s\", \"phone\": \"22 00 00 01\"}"
			.formatted(orgnr(20))).json();
		api.post("/api/v1/companies", "{\"name\": \"Urørt AS\"}");
		var before = register();
		var csv = "Navn;Orgnr;Telefon;Sted\nGammel AS;%s;22 00 00 99;Bergen\nNy AS;%s;;Oslo\nNyere AS;%s;;Bodø\n"
			.formatted(orgnr(20), orgnr(21), orgnr(22));
		var id = uploaded(csv.getBytes(StandardCharsets.UTF_8), "update.csv", "COMPANY").get("id").asString();
		options(id, "{\"mapping\": [\"name\", \"organisationNumber\", \"phone\", \"visitCity\"], \"duplicates\": \"UPDATE\"}");
		var preview = api.get("/api/v1/imports/" + id + "/preview").json();
		assertThat(preview.get("updated").asInt()).isEqualTo(1);
		assertThat(preview.get("newRows").asInt()).isEqualTo(2);
		var done = run(id);
		assertThat(done.get("updated").asInt()).isEqualTo(1);
		assertThat(done.get("created").asInt()).isEqualTo(2);
		var gammel = api.get("/api/v1/companies/" + existing.get("id").asString()).json();
		assertThat(gammel.get("phone").asString()).isEqualTo("+4722000099");
		assertThat(gammel.get("visitingAddress").get("city").asString()).isEqualTo("Bergen");
		assertThat(register()).hasSize(4);

		var undo = api.post("/api/v1/imports/" + id + "/undo", "");
		assertThat(undo.status()).as(undo.body()).isEqualTo(200);
		assertThat(undo.json().get("removed").asInt()).isEqualTo(2);
		assertThat(undo.json().get("reverted").asInt()).isEqualTo(1);
		assertThat(register()).isEqualTo(before);
		assertThat(api.get("/api/v1/imports/" + id).json().get("state").asString()).isEqualTo("UNDONE");
		assertThat(api.post("/api/v1/imports/" + id + "/undo", "").status()).isEqualTo(400);

		// a second import, one of whose records a user changes afterwards: undo leaves that one and says so
		var csv2 = "Navn;Orgnr\nBeholdt AS;%s\nBorte AS;%s\n".formatted(orgnr(23), orgnr(24));
		var id2 = uploaded(csv2.getBytes(StandardCharsets.UTF_8), "second.csv", "COMPANY").get("id").asString();
		run(id2);
		var kept = sql(() -> db.select(COMPANY.ID).from(COMPANY).where(COMPANY.NAME.eq("Beholdt AS")).fetchOne(r -> r.value1()));
		assertThat(api.put("/api/v1/companies/" + kept, "{\"name\": \"Beholdt og endret AS\", \"organisationNumber\": \"%s\"}"
			.formatted(orgnr(23))).status()).isEqualTo(200);
		var undo2 = api.post("/api/v1/imports/" + id2 + "/undo", "").json();
		assertThat(undo2.get("removed").asInt()).isEqualTo(1);
		assertThat(strings(undo2.get("kept"))).containsExactly("Beholdt og endret AS");
		assertThat(register()).hasSize(before.size() + 1);
	}

	@Test
	void anEMailAddressMatchesOnlyWhereAnOrganisationNumberIsMissing() {
		api.post("/api/v1/companies", "{\"name\": \"Konsern AS\", \"organisationNumber\": \"%s\", \"email\": \"post@konsern.test\"}"
			.formatted(orgnr(30)));
		api.post("/api/v1/companies", "{\"name\": \"Uten nummer AS\", \"email\": \"post@uten.test\"}");
		// a sister company sharing the group's address is a company of its own; a row without a number is the
		// company with its address; in the file, the same rules between rows
		var csv = """
			Navn;Orgnr;E-post
			Konsern Øst AS;%s;post@konsern.test
			Konsern uten nummer;;POST@konsern.test
			Uten nummer AS med nummer;%s;post@uten.test
			Ny Vest AS;%s;post@vest.test
			Ny Vest Nord AS;%s;post@vest.test
			Vest uten nummer;;post@vest.test
			""".formatted(orgnr(31), orgnr(32), orgnr(33), orgnr(34));
		var id = uploaded(csv.getBytes(StandardCharsets.UTF_8), "konsern.csv", "COMPANY").get("id").asString();
		options(id, "{\"mapping\": [\"name\", \"organisationNumber\", \"email\"], \"duplicates\": \"SKIP\"}");
		var done = run(id);
		assertThat(done.get("created").asInt()).isEqualTo(3);
		assertThat(done.get("skipped").asInt()).isEqualTo(3);
		assertThat(sql(() -> db.select(COMPANY.NAME).from(COMPANY).orderBy(COMPANY.NAME).fetch(COMPANY.NAME))).containsExactly("Konsern AS", "Konsern Øst AS", "Ny Vest AS", "Ny Vest Nord AS", "Uten nummer AS");
	}

	String bigFile(int rows, int from) {
		var csv = new StringBuilder("Navn;Orgnr;E-post\n");
		for (int i = 0; i < rows; i++) {
			csv.append("Masse ").append(from + i).append(" AS;").append(orgnr(from + i)).append(";post").append(from + i).append("@masse.test\n");
		}
		return csv.toString();
	}

	@Test
	void aKilledImportLeavesNoPartialDataAndCanBeStartedAgain() {
		var before = register();
		int words = searchWords();
		// five batches of 2 000: killed after the first
		var id = uploaded(bigFile(10_000, 1000).getBytes(StandardCharsets.UTF_8), "big.csv", "COMPANY").get("id").asString();
		startPastFirstBatch(id);
		// the database session of the import is killed mid-way, as when its node or connection dies
		var killed = sql(() -> db.fetchValue(DSL.field("(select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = {0})",
				Integer.class, "nordcrm-import-" + id)));
		assertThat(killed).isEqualTo(1);
		var job = waitUntilEnded(id);
		assertThat(job.get("state").asString()).isEqualTo("FAILED");
		assertThat(job.get("created").asInt()).isZero();
		assertThat(register()).isEqualTo(before);
		assertThat(sql(() -> db.fetchCount(HISTORY, HISTORY.IMPORT_ID.eq(UUID.fromString(id))))).isZero();
		// nor search words (written on a connection of their own, which ends with the killed one)
		assertThat(searchWords()).isEqualTo(words);
		assertThat(sql(() -> db.fetchCount(DSL.table("pg_prepared_xacts")))).isZero();

		var again = run(id);
		assertThat(again.get("state").asString()).isEqualTo("DONE");
		assertThat(again.get("created").asInt()).isEqualTo(10_000);
		assertThat(register()).hasSize(before.size() + 10_000);
		// three name words, organisation and customer number, e-mail and its domain (a customer number may be a name word)
		assertThat(searchWords()).isGreaterThanOrEqualTo(words + 10_000 * 6);
	}

	private int searchWords() {
		return sql(() -> db.fetchCount(SEARCH_WORD));
	}

	@Test
	void aCancelledImportWritesNothing() {
		var before = register();
		int words = searchWords();
		var id = uploaded(bigFile(10_000, 20_000).getBytes(StandardCharsets.UTF_8), "cancel.csv", "COMPANY").get("id").asString();
		startPastFirstBatch(id);
		assertThat(api.post("/api/v1/imports/" + id + "/cancel", "").status()).isEqualTo(200);
		var job = waitUntilEnded(id);
		assertThat(job.get("state").asString()).isEqualTo("CANCELLED");
		assertThat(register()).isEqualTo(before);
		assertThat(searchWords()).isEqualTo(words);
	}

	/** Starts the import and waits until its first batch of 2 000 rows is written. */
	void startPastFirstBatch(String id) {
		assertThat(api.post("/api/v1/imports/" + id + "/start", "").status()).isEqualTo(202);
		long end = System.currentTimeMillis() + 60_000;
		while (api.get("/api/v1/imports/" + id).json().get("rowsDone").asInt() < 2000 && System.currentTimeMillis() < end) {
			sleep(50);
		}
	}

	/**
	 * A company made by hand while the import runs is made before the import ends: the import does not hold the number
	 * series (nor anything else a company needs) to its end. Then the import creates its {@code rows}.
	 */
	void aCompanyMadeByHandDoesNotWait(String id, int rows) {
		var byHand = api.post("/api/v1/companies", "{\"name\": \"Laget for hånd AS\"}");
		assertThat(byHand.status()).as(byHand.body()).isEqualTo(201);
		assertThat(api.get("/api/v1/imports/" + id).json().get("state").asString()).isEqualTo("RUNNING");
		assertThat(waitUntilEnded(id).get("created").asInt()).isEqualTo(rows);
	}

	@Test
	void aCompanyCreatedByHandWhileAnImportRunsGetsItsNumberAtOnce() {
		// ten batches of 2 000: the import's transaction stays open for seconds after it has taken its first numbers
		var id = uploaded(bigFile(20_000, 40_000).getBytes(StandardCharsets.UTF_8), "long.csv", "COMPANY").get("id").asString();
		startPastFirstBatch(id);
		aCompanyMadeByHandDoesNotWait(id, 20_000);
		var numbers = sql(() -> db.select(COMPANY.CUSTOMER_NUMBER).from(COMPANY).fetch(COMPANY.CUSTOMER_NUMBER));
		assertThat(numbers).hasSize(20_001).doesNotHaveDuplicates().doesNotContainNull();
	}

	@Test
	void aSmallImportEndsWhileALargeOneIntoTheSameTableRuns() {
		// the large one holds its table's statistics lock (it brought them up to date) and a number range, and writes
		// its search words beside it: the small one waits for none of them
		var large = uploaded(bigFile(20_000, 60_000).getBytes(StandardCharsets.UTF_8), "large.csv", "COMPANY").get("id").asString();
		startPastFirstBatch(large);
		var small = uploaded(bigFile(3, 90_000).getBytes(StandardCharsets.UTF_8), "small.csv", "COMPANY").get("id").asString();
		assertThat(run(small).get("created").asInt()).isEqualTo(3);
		assertThat(api.get("/api/v1/imports/" + large).json().get("state").asString()).isEqualTo("RUNNING");
		assertThat(waitUntilEnded(large).get("created").asInt()).isEqualTo(20_000);
		assertThat(api.get("/api/v1/search?q=masse%2090001&kind=company").body()).contains("Masse 90001 AS");
	}

	@Test
	void aCompanyCreatedByHandWhileAPrivateCustomerImportRunsGetsItsNumberAtOnce() {
		// private customers take their numbers from the same default series, one batch at a time (ten batches of 2 000)
		var csv = new StringBuilder("Fornavn;Etternavn;E-post\n");
		for (int i = 0; i < 20_000; i++) {
			csv.append("Privat;Kunde ").append(i).append(";privat").append(i).append("@kunde.test\n");
		}
		var id = uploaded(csv.toString().getBytes(StandardCharsets.UTF_8), "privat.csv", "PRIVATE").get("id").asString();
		startPastFirstBatch(id);
		aCompanyMadeByHandDoesNotWait(id, 20_000);
		var numbers = new ArrayList<>(sql(() -> db.select(PERSON.CUSTOMER_NUMBER).from(PERSON).where(PERSON.CUSTOMER_NUMBER.isNotNull())
			.fetch(PERSON.CUSTOMER_NUMBER)));
		numbers.addAll(sql(() -> db.select(COMPANY.CUSTOMER_NUMBER).from(COMPANY).fetch(COMPANY.CUSTOMER_NUMBER)));
		assertThat(numbers).hasSize(20_001).doesNotHaveDuplicates().doesNotContainNull();
	}

	@Test
	void badFilesGetAClearMessageInTheUsersLanguage() {
		assertThat(problem(new byte[0], "en")).isEqualTo("The file is empty.");
		assertThat(problem("Navn;Orgnr\n".getBytes(StandardCharsets.UTF_8), "nb"))
			.isEqualTo("Filen har en overskriftsrad, men ingen rader under den.");
		assertThat(problem(new byte[] { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0 }, "sv")).startsWith("Det här är inte en textfil");
		assertThat(problem("Navn;Adresse\nA;\"Gata 1\nB;Veg\n".getBytes(StandardCharsets.UTF_8), "en"))
			.isEqualTo("A quote (\") opened on line 2 is never closed.");
		assertThat(problem("Navn;E-post;e-post\nA;b;c\n".getBytes(StandardCharsets.UTF_8), "nb"))
			.isEqualTo("To kolonner har samme navn «e-post» (kolonne 2 og 3). Gi en av dem nytt navn.");
		var mixed = new ByteArrayOutputStream();
		mixed.writeBytes("Navn\nBlåbær AS\n".getBytes(StandardCharsets.UTF_8));
		mixed.writeBytes("Tromsø AS\n".getBytes(CP1252));
		assertThat(problem(mixed.toByteArray(), "en")).startsWith("The file mixes character encodings: line 3 is not UTF-8");
	}

	String problem(byte[] content, String language) {
		api.language(language);
		var r = upload(content, "bad.csv", "COMPANY");
		api.language("en");
		assertThat(r.status()).as(r.body()).isEqualTo(400);
		assertThat(r.contentType()).contains("problem+json");
		return r.json().get("errors").get(0).get("message").asString();
	}
}

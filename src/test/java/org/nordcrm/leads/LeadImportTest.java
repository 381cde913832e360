package org.nordcrm.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.nordcrm.support.Api;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** A list of 1 000 companies from Excel goes in as leads through the import engine: found as leads, never as customers. */
@NordCrmTest
class LeadImportTest {

	static final int ROWS = 1000;

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Test
	void thousandLeadCompaniesFromAnXlsxAreLeadsAndNotCustomers() throws Exception {
		var acme = tenants.create("Leadimport");
		var api = new Api(port).login(acme.user().email(), TestTenants.PASSWORD).language("en");
		var customer = api.post("/api/v1/companies", "{\"name\": \"Importkunde Eksisterende AS\"}").json().get("id").asString();
		var bytes = new ByteArrayOutputStream();
		try (var wb = new Workbook(bytes, "test", "1.0")) {
			var ws = wb.newWorksheet("Emner");
			var header = List.of("Firmanavn", "Telefon", "Poststed");
			for (int c = 0; c < header.size(); c++) {
				ws.value(0, c, header.get(c));
			}
			for (int r = 1; r <= ROWS; r++) {
				ws.value(r, 0, "Importkunde Emne " + r + " AS");
				ws.value(r, 1, "22 33 " + String.format("%04d", r).substring(0, 2) + " " + String.format("%04d", r).substring(2));
				ws.value(r, 2, "Bergen");
			}
		}
		var upload = api.send(api.builder("/api/v1/imports?target=LEAD_COMPANY&name=emner.xlsx")
			.header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray())));
		assertThat(upload.status()).as(upload.body()).isEqualTo(201);
		var id = upload.json().get("id").asString();
		assertThat(api.post("/api/v1/imports/" + id + "/start", "").status()).isEqualTo(202);
		var job = waitUntilEnded(api, id);
		assertThat(job.get("created").asInt()).as(job.toString()).isEqualTo(ROWS);

		// not in customer search, lists or counts
		var search = api.get("/api/v1/search?q=Importkunde&limit=50").json();
		assertThat(search.findValuesAsString("id")).containsExactly(customer);
		assertThat(api.get("/api/v1/companies?limit=500").json().get("items").findValuesAsString("id")).containsExactly(customer);
		// in lead search and the lead list
		var found = api.get("/api/v1/leads?q=Emne+517").json().get("items");
		assertThat(found.findValuesAsString("name")).contains("Importkunde Emne 517 AS");
		int leads = 0;
		String after = null;
		do {
			var page = api.get("/api/v1/leads?limit=500" + (after == null ? "" : "&after=" + after)).json();
			leads += page.get("items").size();
			after = page.hasNonNull("next") ? page.get("next").asString() : null;
		}
		while (after != null);
		assertThat(leads).isEqualTo(ROWS);
	}

	@Test
	void privatePersonsFromACsvAreLeadsAndNotPrivateCustomers() throws Exception {
		var acme = tenants.create("Privatimport");
		var api = new Api(port).login(acme.user().email(), TestTenants.PASSWORD).language("en");
		var csv = "Fornavn;Etternavn;E-post\nPer;Emnesen;per@emne.test\nPia;Emnesen;pia@emne.test\n";
		var upload = api.send(api.builder("/api/v1/imports?target=PRIVATE_LEAD&name=privat.csv").header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(csv)));
		assertThat(upload.status()).as(upload.body()).isEqualTo(201);
		var id = upload.json().get("id").asString();
		assertThat(api.post("/api/v1/imports/" + id + "/start", "").status()).isEqualTo(202);
		assertThat(waitUntilEnded(api, id).get("created").asInt()).isEqualTo(2);
		var leads = api.get("/api/v1/leads?kind=PRIVATE").json().get("items");
		assertThat(leads.findValuesAsString("name")).containsExactlyInAnyOrder("Per Emnesen", "Pia Emnesen");
		assertThat(api.get("/api/v1/contacts?limit=500").json().get("items")).isEmpty();
		assertThat(api.get("/api/v1/search?q=Emnesen").json().findValuesAsString("id")).isEmpty();
	}

	static JsonNode waitUntilEnded(Api api, String id) throws InterruptedException {
		long end = System.currentTimeMillis() + 180_000;
		while (System.currentTimeMillis() < end) {
			var job = api.get("/api/v1/imports/" + id).json();
			if (!job.get("state").asString().equals("RUNNING")) {
				return job;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("import " + id + " did not end");
	}
}

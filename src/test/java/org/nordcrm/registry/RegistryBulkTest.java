package org.nordcrm.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.companies.OrganisationNumber;
import org.nordcrm.support.Api;
import org.nordcrm.support.Browserless;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.RegistryStub;
import org.nordcrm.support.TestTenants;
import org.nordcrm.support.TestTenants.TestTenant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The register's bulk download (enheter_alle.json.gz: one JSON array of units; and the CSV variant) generated small
 * in the real format, loaded filtered by municipality, industry, form and employees, skipping what the CRM has; and
 * broken files (truncated, malformed) refused with their position, nothing created even after a batch was written.
 */
@NordCrmTest
@TestPropertySource(properties = { RegistryStub.URL, RegistryStub.TIMEOUT, RegistryStub.BULK_DIR })
class RegistryBulkTest {

	static final Path DIR = Path.of("target/test-data/registry-bulk");
	static final String[] PLACES = { "0301", "4601", "5001" };
	static final String[] TOWNS = { "OSLO", "BERGEN", "TRONDHEIM" };
	static final String[] NACE = { "62.010", "47.110", "41.200", "62.020" };
	static final String[] FORMS = { "AS", "ENK", "AS", "ANS" };

	static {
		RegistryStub.server();
	}

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Autowired
	CompanyManagement companies;

	@Autowired
	org.jooq.DSLContext db;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate tx;

	TestTenant acme;
	Api admin;

	/** A unit of the generated file: its number and what the filters look at. */
	record Unit(String orgnr, String municipality, String nace, String form, int employees, boolean bankrupt) {
	}

	@BeforeEach
	void setUp() throws IOException {
		Files.createDirectories(DIR);
		acme = tenants.create("Bulk");
		admin = new Api(port).login(acme.admin().email(), TestTenants.PASSWORD).language("en");
	}

	/** Units with valid organisation numbers from a seed, spread over three municipalities, four industries. */
	static List<Unit> units(int seed, int count, int bankruptEvery) {
		var list = new ArrayList<Unit>();
		for (int i = 0; list.size() < count; i++) {
			var first8 = String.valueOf(seed * 100_000 + i);
			int check = OrganisationNumber.norwegianCheckDigit(first8);
			if (check < 0) {
				continue;
			}
			int n = list.size();
			list.add(new Unit(first8 + check, PLACES[n % 3], NACE[n % 4], FORMS[n % 4], (n * 7) % 60,
					bankruptEvery > 0 && n % bankruptEvery == bankruptEvery - 1));
		}
		return list;
	}

	static String json(Unit u) {
		int place = Arrays.asList(PLACES).indexOf(u.municipality());
		return """
				{"organisasjonsnummer":"%s","navn":"BULK %s AS","organisasjonsform":{"kode":"%s","beskrivelse":"Aksjeselskap",\
				"_links":{"self":{"href":"https://data.brreg.no/enhetsregisteret/api/organisasjonsformer/%s"}}},\
				"registreringsdatoEnhetsregisteret":"2020-01-02","registrertIMvaregisteret":true,\
				"naeringskode1":{"beskrivelse":"Næring %s","kode":"%s"},"antallAnsatte":%d,"harRegistrertAntallAnsatte":true,\
				"forretningsadresse":{"land":"Norge","landkode":"NO","postnummer":"0%d50","poststed":"%s","adresse":["Gata %s"],\
				"kommune":"%s","kommunenummer":"%s"},"institusjonellSektorkode":{"kode":"2100","beskrivelse":"Private aksjeselskaper mv."},\
				"registrertIForetaksregisteret":true,"registrertIStiftelsesregisteret":false,"registrertIFrivillighetsregisteret":false,\
				"konkurs":%s,"underAvvikling":false,"underTvangsavviklingEllerTvangsopplosning":false,"maalform":"Bokmål",\
				"_links":{"self":{"href":"https://data.brreg.no/enhetsregisteret/api/enheter/%s"}}}"""
			.formatted(u.orgnr(), u.orgnr(), u.form(), u.form(), u.nace(), u.nace(), u.employees(), place + 1, TOWNS[place],
					u.orgnr(), TOWNS[place], u.municipality(), u.bankrupt(), u.orgnr());
	}

	/** The units as the register publishes them: a JSON array, one unit a line, gzipped. */
	static String array(List<Unit> units) {
		return "[\n" + String.join(",\n", units.stream().map(RegistryBulkTest::json).toList()) + "\n]\n";
	}

	static Path write(String name, byte[] bytes) {
		try {
			return Files.write(DIR.resolve(name), bytes);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static byte[] gzip(String text) {
		try {
			var out = new ByteArrayOutputStream();
			try (var gz = new GZIPOutputStream(out)) {
				gz.write(text.getBytes(StandardCharsets.UTF_8));
			}
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	JsonNode load(String file, String filter, boolean dryRun) {
		var r = admin.post("/api/v1/registry/bulk", "{\"path\": \"%s\", %s, \"dryRun\": %s}".formatted(file, filter, dryRun));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json();
	}

	/** Follows a started load to its page and polls it (as the page does) until it has ended. */
	static org.jsoup.nodes.Document finished(Browserless web, java.net.http.HttpResponse<String> started) {
		assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
		var path = Browserless.location(started).replaceFirst("^https?://[^/]+", "");
		assertThat(path).matches("/admin/registry/bulk/[0-9a-f-]{36}");
		for (int i = 0; i < 200; i++) {
			var page = Jsoup.parse(web.get(path).body());
			if (page.select("#bulk-status .running").isEmpty()) {
				return page;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
		throw new AssertionError("the load did not end: " + path);
	}

	long inCrm(List<Unit> units) {
		return acme.as(() -> companies.withOrganisationNumbers(units.stream().map(Unit::orgnr).toList()).size());
	}

	@Test
	void loadsTheUnitsOfOneMunicipalitySkippingThoseInTheCrmAndTheBankrupt() {
		var units = units(811, 40, 5);
		var file = "enheter_alle-" + System.nanoTime() + ".json.gz";
		write(file, gzip(array(units)));
		var oslo = units.stream().filter(u -> u.municipality().equals("0301")).toList();
		var bankrupt = oslo.stream().filter(Unit::bankrupt).count();
		assertThat(bankrupt).isPositive();
		var known = oslo.stream().filter(u -> !u.bankrupt()).findFirst().orElseThrow();
		admin.create("/api/v1/companies", "{\"name\": \"Known AS\", \"organisationNumber\": \"%s\"}".formatted(known.orgnr()));

		var dry = load(file, "\"municipalities\": [\"0301\"]", true);
		assertThat(dry.get("read").asLong()).isEqualTo(40);
		assertThat(dry.get("matched").asLong()).isEqualTo(oslo.size());
		assertThat(dry.get("existing").asLong()).isEqualTo(1);
		assertThat(dry.get("inactive").asLong()).isEqualTo(bankrupt);
		assertThat(dry.get("created").asLong()).isZero();
		assertThat(inCrm(units)).isEqualTo(1);

		var done = load(file, "\"municipalities\": [\"0301\"]", false);
		long expected = oslo.size() - 1 - bankrupt;
		assertThat(done.get("created").asLong()).isEqualTo(expected);
		assertThat(inCrm(oslo)).isEqualTo(expected + 1);
		assertThat(inCrm(units.stream().filter(u -> !u.municipality().equals("0301")).toList())).isZero();

		var sample = oslo.stream().filter(u -> !u.bankrupt() && !u.equals(known)).findFirst().orElseThrow();
		var company = acme.as(() -> companies.withOrganisationNumbers(List.of(sample.orgnr())).getFirst());
		assertThat(company.name()).isEqualTo("BULK " + sample.orgnr() + " AS");
		// a campaign's units are leads: no customer number, in the leads list
		assertThat(company.lead()).isTrue();
		assertThat(company.customerNumber()).isNull();
		assertThat(admin.get("/api/v1/leads/" + company.id()).status()).isEqualTo(200);
		assertThat(company.visitingAddress().city()).isEqualTo("OSLO");
		assertThat(company.employees()).isEqualTo(sample.employees());
		var web = new Browserless(port).language("en").login(acme.admin().email(), TestTenants.PASSWORD);
		var section = Jsoup.parse(web.get("/registry/companies/" + company.id() + "/section").body());
		assertThat(section.select(".municipality").text()).isEqualTo("OSLO (0301)");

		// a second run finds them all in the CRM
		var again = load(file, "\"municipalities\": [\"0301\"]", false);
		assertThat(again.get("created").asLong()).isZero();
		assertThat(again.get("existing").asLong()).isEqualTo(expected + 1);
	}

	@Test
	void filtersByIndustryFormAndEmployees() {
		var units = units(812, 60, 0);
		var file = "enheter-" + System.nanoTime() + ".json";
		write(file, array(units).getBytes(StandardCharsets.UTF_8));
		var dry = load(file, "\"naceCodes\": [\"62\"], \"forms\": [\"as\"], \"minEmployees\": 10, \"maxEmployees\": 40", true);
		long expected = units.stream().filter(u -> u.nace().startsWith("62") && u.form().equals("AS") && u.employees() >= 10
				&& u.employees() <= 40).count();
		assertThat(expected).isPositive();
		assertThat(dry.get("matched").asLong()).isEqualTo(expected);
		assertThat(dry.get("toCreate").asLong()).isEqualTo(expected);
	}

	@Test
	void aTruncatedFileCreatesNothingEvenAfterAWrittenBatch() {
		// over one batch (500) of matching units before the cut: the first batch is written, then rolled back
		var units = units(813, 1500, 0);
		var text = array(units);
		var file = "cut-" + System.nanoTime() + ".json.gz";
		write(file, gzip(text.substring(0, text.length() * 9 / 10)));
		var r = admin.post("/api/v1/registry/bulk", "{\"path\": \"%s\", \"dryRun\": false}".formatted(file));
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.body()).contains("ends too early").contains("Nothing was created");
		assertThat(inCrm(units)).isZero();

		// a gzip stream cut short is caught the same way
		var bytes = gzip(array(units.subList(0, 50)));
		var cutGzip = "cutgz-" + System.nanoTime() + ".json.gz";
		write(cutGzip, Arrays.copyOf(bytes, bytes.length / 2));
		var r2 = admin.post("/api/v1/registry/bulk", "{\"path\": \"%s\", \"dryRun\": false}".formatted(cutGzip));
		assertThat(r2.status()).isEqualTo(400);
		assertThat(r2.body()).contains("ends too early");
		assertThat(inCrm(units)).isZero();
	}

	@Test
	void aMalformedFileNamesWhereAndCreatesNothing() {
		var units = units(814, 10, 0);
		var lines = new ArrayList<>(units.stream().map(RegistryBulkTest::json).toList());
		lines.set(6, "{\"organisasjonsnummer\": \"" + units.get(6).orgnr() + "\", \"navn\": }");
		var file = "broken-" + System.nanoTime() + ".json.gz";
		write(file, gzip("[\n" + String.join(",\n", lines) + "\n]\n"));
		var r = admin.post("/api/v1/registry/bulk", "{\"path\": \"%s\", \"dryRun\": false}".formatted(file));
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.body()).contains("broken at unit 7 (line 8");
		assertThat(inCrm(units)).isZero();

		var notArray = "object-" + System.nanoTime() + ".json";
		write(notArray, json(units.get(0)).getBytes(StandardCharsets.UTF_8));
		assertThat(admin.post("/api/v1/registry/bulk", "{\"path\": \"%s\"}".formatted(notArray)).body())
			.contains("one JSON array of units");

		var outside = admin.post("/api/v1/registry/bulk", "{\"path\": \"../../pom.xml\"}");
		assertThat(outside.status()).isEqualTo(400);
		assertThat(outside.body()).contains("must be in the bulk folder");
		// nor through a symbolic link inside the folder
		var link = DIR.resolve("lenke-ut.json");
		try {
			Files.deleteIfExists(link);
			Files.createSymbolicLink(link, Path.of("pom.xml").toAbsolutePath());
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		var linked = admin.post("/api/v1/registry/bulk", "{\"path\": \"lenke-ut.json\"}");
		assertThat(linked.status()).isEqualTo(400);
		assertThat(linked.body()).contains("must be in the bulk folder");
		assertThat(admin.post("/api/v1/registry/bulk", "{\"path\": \"nothing-here.json.gz\"}").body()).contains("There is no file");
	}

	@Test
	void readsTheCsvVariant() {
		var units = units(815, 9, 0);
		var csv = new StringBuilder("\"organisasjonsnummer\",\"navn\",\"organisasjonsform.kode\",\"organisasjonsform.beskrivelse\","
				+ "\"naeringskode1.kode\",\"naeringskode1.beskrivelse\",\"antallAnsatte\",\"forretningsadresse.adresse\","
				+ "\"forretningsadresse.postnummer\",\"forretningsadresse.poststed\",\"forretningsadresse.kommunenummer\","
				+ "\"forretningsadresse.kommune\",\"forretningsadresse.landkode\",\"registrertIMvaregisteret\",\"konkurs\","
				+ "\"underAvvikling\",\"underTvangsavviklingEllerTvangsopplosning\"\n");
		for (var u : units) {
			csv.append("\"%s\",\"CSV %s AS\",\"%s\",\"Aksjeselskap\",\"%s\",\"Næring\",\"%d\",\"Gata 1\",\"0150\",\"OSLO\",\"%s\",\"OSLO\",\"NO\",\"true\",\"false\",\"false\",\"false\"\n"
				.formatted(u.orgnr(), u.orgnr(), u.form(), u.nace(), u.employees(), u.municipality()));
		}
		var file = "enheter-" + System.nanoTime() + ".csv.gz";
		write(file, gzip(csv.toString()));
		var done = load(file, "\"municipalities\": [\"0301\"]", false);
		assertThat(done.get("read").asLong()).isEqualTo(9);
		assertThat(done.get("created").asLong()).isEqualTo(3);
		assertThat(inCrm(units)).isEqualTo(3);
	}

	@Test
	void theBulkPageIsForAdministrators() {
		var units = units(816, 6, 0);
		var file = "page-" + System.nanoTime() + ".json.gz";
		write(file, gzip(array(units)));
		var web = new Browserless(port).language("en").login(acme.admin().email(), TestTenants.PASSWORD);
		assertThat(web.get("/admin/registry/bulk").statusCode()).isEqualTo(200);
		var counted = finished(web, web.post("/admin/registry/bulk", Map.of("path", file, "municipalities", "4601",
				"action", "count")));
		assertThat(counted.select(".bulk-report .matched").text()).as(counted.text()).isEqualTo("2 match the filters");
		assertThat(counted.select(".bulk-report .to-create").text()).isEqualTo("2 would be created");
		assertThat(inCrm(units)).isZero();
		var bad = Jsoup.parse(web.post("/admin/registry/bulk", Map.of("path", "missing.json.gz", "action", "load")).body());
		assertThat(bad.select("#path.is-invalid")).hasSize(1);
		assertThat(bad.select(".invalid-feedback").text()).contains("There is no file");
		var loaded = finished(web, web.post("/admin/registry/bulk", Map.of("path", file, "municipalities", "4601",
				"action", "load")));
		assertThat(loaded.select(".bulk-report .created").text()).isEqualTo("2 created");
		assertThat(inCrm(units)).isEqualTo(2);

		// a broken file fails as a job, with its message on the load's page, and nothing is created
		var cut = "cutpage-" + System.nanoTime() + ".json.gz";
		var text = array(units(817, 20, 0));
		write(cut, gzip(text.substring(0, text.length() / 2)));
		var failed = finished(web, web.post("/admin/registry/bulk", Map.of("path", cut, "action", "load")));
		assertThat(failed.select(".bulk-error").text()).contains("ends too early");
		assertThat(inCrm(units(817, 20, 0))).isZero();

		// while a load runs, its page shows how far it has come and polls itself
		var running = acme.as(() -> tx.execute(st -> {
			var r = db.newRecord(org.nordcrm.jooq.Tables.REGISTRY_BULK_LOAD);
			r.setTenantId(acme.id().value());
			r.setId(org.nordcrm.shared.Ids.next());
			r.setFile("running.json.gz");
			r.setFilters("");
			r.setDryRun(false);
			r.setStatus("RUNNING");
			r.setUnitsRead(15000L);
			r.store();
			return r.getId();
		}));
		var runningPage = Jsoup.parse(web.get("/admin/registry/bulk/" + running).body());
		assertThat(runningPage.select("#bulk-status .running").text()).contains("15,000 units so far");
		assertThat(runningPage.select("#bulk-status").attr("hx-trigger")).isEqualTo("every 1s");
		assertThat(runningPage.select("#bulk-status").attr("hx-get")).isEqualTo("/admin/registry/bulk/" + running);
		assertThat(failed.select("#bulk-status").hasAttr("hx-get")).isFalse();
		var fragment = web.send(web.request("/admin/registry/bulk/" + running).header("HX-Request", "true").GET().build());
		assertThat(fragment.body()).contains("id=\"bulk-status\"").doesNotContain("<html");

		// the form page lists the latest loads
		var listed = Jsoup.parse(web.get("/admin/registry/bulk").body());
		assertThat(listed.select(".bulk-loads li")).hasSize(4);
		assertThat(listed.select(".bulk-loads li").get(1).text()).contains(cut).contains("Refused");

		var user = new Browserless(port).language("en").login(acme.user().email(), TestTenants.PASSWORD);
		assertThat(user.get("/admin/registry/bulk").statusCode()).isEqualTo(403);
		var seller = new Api(port).login(acme.user().email(), TestTenants.PASSWORD);
		assertThat(seller.post("/api/v1/registry/bulk", "{\"path\": \"%s\"}".formatted(file)).status()).isEqualTo(403);
	}
}

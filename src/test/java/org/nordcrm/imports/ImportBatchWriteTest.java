package org.nordcrm.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nordcrm.jooq.Tables.COMPANY;
import static org.nordcrm.jooq.Tables.FOLDER;
import static org.nordcrm.jooq.Tables.HISTORY;
import static org.nordcrm.jooq.Tables.SEARCH_WORD;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.nordcrm.companies.Address;
import org.nordcrm.companies.CompanyInput;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.files.FileManagement;
import org.nordcrm.files.RecordRef;
import org.nordcrm.search.SearchIndex;
import org.nordcrm.search.SearchMatch;
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
 * The set-based write path of a company import stores what the per-record create path stores: the same row, customer
 * numbers without gaps, history through the import, search words and template folders, for every one of 5 000 rows.
 */
@NordCrmTest
class ImportBatchWriteTest {

	static final int ROWS = 5_000;

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Autowired
	DSLContext db;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	CompanyManagement companies;

	@Autowired
	SearchIndex search;

	@Autowired
	FileManagement files;

	<T> T sql(TestTenant tenant, Supplier<T> work) {
		return TenantContext.call(tenant.id(), () -> tx.execute(s -> work.get()));
	}

	static String name(int i) {
		return "Batchfirma " + i + " Vestland AS";
	}

	@Test
	void fiveThousandImportedCompaniesAreStoredAsTheyWouldBeOneByOne() {
		var acme = tenants.create("Batch import");
		var api = new Api(port).login(acme.user().email(), TestTenants.PASSWORD).language("en");
		var csv = new StringBuilder("Firmanavn;Org.nr.;Telefon;E-post;Besøksadresse;Postnr;Poststed;Ansatte\n");
		for (int i = 0; i < ROWS; i++) {
			csv.append(name(i)).append(';').append(ImportApiTest.orgnr(i)).append(';').append(40_000_000 + i).append(";post")
				.append(i).append("@batch.test;Strandkaien ").append(i % 90 + 1).append(";5013;Bergen;").append(i % 50).append('\n');
		}
		var upload = api.send(api.builder("/api/v1/imports?target=COMPANY&name=batch.csv").header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofByteArray(csv.toString().getBytes(StandardCharsets.UTF_8))));
		assertThat(upload.status()).as(upload.body()).isEqualTo(201);
		var id = upload.json().get("id").asString();
		assertThat(api.post("/api/v1/imports/" + id + "/start", "").status()).isEqualTo(202);
		var done = waitUntilEnded(api, id);
		assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
		assertThat(done.get("created").asInt()).isEqualTo(ROWS);

		// every row: one company, numbers from the series without gaps, CREATED through the import, folders, search words
		var numbers = sql(acme, () -> db.select(COMPANY.CUSTOMER_NUMBER).from(COMPANY).orderBy(COMPANY.CUSTOMER_NUMBER)
			.fetch(COMPANY.CUSTOMER_NUMBER));
		assertThat(numbers).hasSize(ROWS).doesNotHaveDuplicates();
		assertThat(numbers.getLast() - numbers.getFirst()).isEqualTo(ROWS - 1);
		int history = sql(acme, () -> db.fetchCount(HISTORY, HISTORY.ACTION.eq("CREATED").and(HISTORY.RECORD_KIND.eq("company"))
			.and(HISTORY.CHANNEL.eq("import")).and(HISTORY.IMPORT_ID.eq(UUID.fromString(id)))));
		assertThat(history).isEqualTo(ROWS);
		int templates = sql(acme, () -> db.fetchCount(org.nordcrm.jooq.Tables.FOLDER_TEMPLATE));
		assertThat(templates).isPositive();
		int folders = sql(acme, () -> db.fetchCount(FOLDER, FOLDER.RECORD_KIND.eq("company")));
		assertThat(folders).as("the folder template comes with a company's first look at its files").isZero();
		int indexed = sql(acme, () -> db.fetchCount(DSL.selectDistinct(SEARCH_WORD.RECORD_ID).from(SEARCH_WORD)
			.where(SEARCH_WORD.KIND.eq("company"))));
		assertThat(indexed).isEqualTo(ROWS);

		// one row of the file created again through the per-record path, in an import transaction of its own
		int k = 4321;
		var imported = sql(acme, () -> db.select(COMPANY.ID).from(COMPANY).where(COMPANY.NAME.eq(name(k))).fetchOne(COMPANY.ID));
		var input = new CompanyInput(name(k), null, ImportApiTest.orgnr(k), "NO", null, null, null, null,
				String.valueOf(40_000_000 + k), null, null, "post" + k + "@batch.test", null,
				new Address("Strandkaien " + (k % 90 + 1), "5013", "Bergen", null), Address.EMPTY, Address.EMPTY, Address.EMPTY,
				null, null, k % 50, null, null, null, List.of(), null, null);
		var single = TenantContext.callAs(acme.id(), acme.user().id().value(), TenantContext.IMPORT, () -> tx.execute(s -> {
			db.select(DSL.field("set_config('app.import_id', {0}, true)", String.class, id)).fetch();
			return companies.create(input).id().value();
		}));

		assertThat(row(acme, single)).isEqualTo(row(acme, imported));
		assertThat(words(acme, single)).isEqualTo(words(acme, imported));
		assertThat(folderNames(acme, single)).isEqualTo(folderNames(acme, imported)).hasSize(templates);
		assertThat(history(acme, single)).isEqualTo(history(acme, imported)).isNotEmpty();
		for (var query : List.of("Batchfirma 4321", ImportApiTest.orgnr(k), "40004321", "post4321@batch.test")) {
			var found = TenantContext.call(acme.id(), () -> search.find(query, List.of("company"), 10)).stream()
				.map(SearchMatch::id).toList();
			assertThat(found).as(query).contains(imported, single);
		}
	}

	/** The stored company without what differs by nature: id, customer number, times. */
	String row(TestTenant t, UUID company) {
		var r = sql(t, () -> db.selectFrom(COMPANY).where(COMPANY.ID.eq(company)).fetchOne());
		r.setId(null);
		r.setCustomerNumber(null);
		r.setCreatedAt(null);
		r.setUpdatedAt(null);
		return r.formatJSON();
	}

	Set<String> words(TestTenant t, UUID company) {
		var number = sql(t, () -> db.select(COMPANY.CUSTOMER_NUMBER).from(COMPANY).where(COMPANY.ID.eq(company))
			.fetchOne(COMPANY.CUSTOMER_NUMBER));
		return sql(t, () -> db.select(SEARCH_WORD.WORD).from(SEARCH_WORD).where(SEARCH_WORD.RECORD_ID.eq(company)).fetchSet(SEARCH_WORD.WORD))
			.stream().filter(w -> !w.equals(String.valueOf(number))).collect(Collectors.toSet());
	}

	/** The company's folders as its Files tab shows them. */
	List<String> folderNames(TestTenant t, UUID company) {
		return TenantContext.callAs(t.id(), t.user().id().value(), TenantContext.UI,
				() -> files.folders(new RecordRef(CompanyManagement.KIND, company))).stream()
			.map(f -> f.name()).sorted().toList();
	}

	/** Each history entry: action, channel, import, actor, and the changes without the company's own id and number. */
	List<String> history(TestTenant t, UUID company) {
		var number = sql(t, () -> db.select(COMPANY.CUSTOMER_NUMBER).from(COMPANY).where(COMPANY.ID.eq(company))
			.fetchOne(COMPANY.CUSTOMER_NUMBER));
		return sql(t, () -> db.select(HISTORY.ACTION, HISTORY.CHANNEL, HISTORY.IMPORT_ID, HISTORY.ACTOR_ID, HISTORY.RELATED_KIND,
				HISTORY.CHANGES).from(HISTORY).where(HISTORY.RECORD_ID.eq(company)).orderBy(HISTORY.ID)
			.fetch(r -> String.join("|", r.value1(), r.value2(), String.valueOf(r.value3()), String.valueOf(r.value4()),
					String.valueOf(r.value5()), String.valueOf(r.value6()).replace(company.toString(), "<id>")
						.replace(String.valueOf(number), "<number>"))));
	}

	static JsonNode waitUntilEnded(Api api, String id) {
		long end = System.currentTimeMillis() + 300_000;
		while (System.currentTimeMillis() < end) {
			var job = api.get("/api/v1/imports/" + id).json();
			if (!job.get("state").asString().equals("RUNNING")) {
				return job;
			}
			ImportApiTest.sleep(200);
		}
		throw new AssertionError("import " + id + " did not end");
	}
	/**
	 * A batch's duplicates are found through indexes, also under row-level security, where PostgreSQL uses only
	 * leakproof functions in index conditions: without the e-mail index (or with lower() not leakproof) the plan reads
	 * all of the tenant's companies (at a million, for every 500 rows).
	 */
	@Test
	void theDuplicateLookupOfABatchUsesIndexesUnderRowLevelSecurity() {
		var acme = tenants.create("Batch plan");
		var plan = sql(acme, () -> {
			// enough of a register for the planner to weigh its indexes against reading all of the tenant's rows
			db.execute("insert into company (tenant_id, id, customer_number, name, organisation_number, email) "
					+ "select current_tenant(), gen_random_uuid(), 100000 + i, 'Planfirma ' || i, (900000000 + i)::text, "
					+ "'post' || i || '@plan.test' from generate_series(1, 2000) i");
			db.execute("analyze company");
			return db.fetch("explain select * from company where deleted_at is null and (organisation_number in ('923609016', "
					+ "'914778271') or customer_number in (10001, 10002) or lower(email) in ('post@a.test', 'post@b.test'))")
				.map(r -> r.get(0, String.class));
		});
		assertThat(String.join("\n", plan)).contains("BitmapOr", "Bitmap Index Scan on company_email_idx")
			.doesNotContain("Seq Scan");
	}
}

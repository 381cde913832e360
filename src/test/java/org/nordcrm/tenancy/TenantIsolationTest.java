package org.nordcrm.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nordcrm.security.ApiTokenManagement;
import org.nordcrm.support.Api;
import org.nordcrm.support.Browserless;
import org.nordcrm.support.NordCrmTest;
import org.nordcrm.support.TestTenants.TestTenant;
import org.nordcrm.support.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A user of tenant B never sees tenant A's records: not by id, not in a list, not in search, not through the
 * pages and not through the API, and not even through SQL that forgets to filter by tenant.
 */
@NordCrmTest
class TenantIsolationTest {

	@LocalServerPort
	int port;

	@Autowired
	TestTenants tenants;

	@Autowired
	DataSource dataSource;

	@Autowired
	ApiTokenManagement tokens;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	TestTenant a;
	TestTenant b;
	@Autowired
	org.nordcrm.companies.CompanyManagement companies;

	@Autowired
	org.nordcrm.contacts.ContactManagement contacts;

	@Autowired
	org.nordcrm.settings.Registers registers;

	@Autowired
	org.nordcrm.settings.NumberSeriesManagement series;

	@Autowired
	org.nordcrm.merging.MergeManagement merges;

	@Autowired
	org.nordcrm.notes.NoteManagement notes;

	@Autowired
	org.nordcrm.files.FileManagement files;

	@Autowired
	org.nordcrm.reminders.WatchManagement watches;

	@Autowired
	org.nordcrm.activities.TaskManagement tasks;

	@Autowired
	org.nordcrm.activities.TaskStatusManagement taskStatuses;

	@Autowired
	org.nordcrm.imports.ImportManagement imports;

	@Autowired
	org.nordcrm.calendar.AppointmentManagement appointments;

	@Autowired
	org.nordcrm.campaigns.CampaignManagement campaigns;

	@Autowired
	org.nordcrm.leads.LeadManagement leads;

	List<String> idsOfA;

	@BeforeEach
	void twoTenants() {
		a = tenants.create("Alfa");
		b = tenants.create("Beta");
		var token = a.as(() -> tokens.create(a.user().id(), "integration"));
		idsOfA = new ArrayList<>(List.of(a.admin().id().toString(), a.user().id().toString(), token.info().id().toString()));
		idsOfA.addAll(a.as(TenantIsolationTest.this::customerRegisterIds));
	}

	/** Every table with a tenant_id column has row-level security enabled and forced, whatever migration made it. */
	@Test
	void everyTenantTableHasForcedRowLevelSecurity() throws SQLException {
		try (Connection c = dataSource.getConnection(); var st = c.createStatement(); var rs = st.executeQuery("""
				select c.relname from pg_class c join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id'
				join pg_namespace n on n.oid = c.relnamespace
				where c.relkind = 'r' and n.nspname = current_schema() and not (c.relrowsecurity and c.relforcerowsecurity)""")) {
			var unprotected = new ArrayList<String>();
			while (rs.next()) {
				unprotected.add(rs.getString(1));
			}
			assertThat(unprotected).isEmpty();
		}
	}

	/** A company, a person, their link, a person merged into her and the merge, one entry of each register (extra
	 * info's too), a note, a task and a task status, a campaign with the company as member and a call: all of tenant A. */
	private List<String> customerRegisterIds() {
		var industry = registers.saveIndustry(null, "Hemmelig bransje", "01.1");
		var company = companies.create(new org.nordcrm.companies.CompanyInput("Alfa AS", null, null, "NO", null, null,
				industry.id(), null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null));
		var person = contacts.create(new org.nordcrm.contacts.PersonInput("Kari", "Alfa", null, null, null, null, null, null,
				null, null, null, true, null, null));
		var link = contacts.link(person.id(), new org.nordcrm.contacts.LinkInput(company.id(), null, null, null, null, true));
		var copy = contacts.create(new org.nordcrm.contacts.PersonInput("Kari", "Alfa", null, null, null, null, null, null,
				null, null, null, false, null, null));
		var merge = merges.merge("person", person.id().value(), contacts.get(person.id()).version(), copy.id().value(),
				copy.version(), java.util.Set.of());
		var product = registers.save(org.nordcrm.settings.NamedRegister.PRODUCT_INTERESTS, null, "Hemmelig produkt");
		var note = TenantContext.callAs(a.id(), a.user().id().value(), TenantContext.SYSTEM, () -> notes.create(
				new org.nordcrm.notes.NoteInput("company", company.id().value(), "Hemmelig notat", false, null)));
		var watch = TenantContext.callAs(a.id(), a.user().id().value(), TenantContext.SYSTEM, () -> watches.create(
				new org.nordcrm.reminders.WatchInput("company", company.id().value(), "Hemmelig bevakning", "2099-03-01", 1, "DAYS",
						List.of("APP"), null, null)));
		var record = new org.nordcrm.files.RecordRef("company", company.id().value());
		var folder = files.folders(record).getFirst();
		var file = files.upload(record, folder.id(), "hemmelig.txt", new java.io.ByteArrayInputStream("hemmelig".getBytes()));
		var upload = TenantContext.callAs(a.id(), a.user().id().value(), TenantContext.SYSTEM, () -> imports.upload(
				org.nordcrm.imports.ImportTarget.COMPANY, "hemmelig.csv",
				new java.io.ByteArrayInputStream("Firmanavn;Org.nr.\nHemmelig AS;923609016\n".getBytes())));
		var task = TenantContext.callAs(a.id(), a.user().id().value(), TenantContext.SYSTEM, () -> tasks.create(
				new org.nordcrm.activities.TaskInput("Hemmelig oppgave", null, "2030-01-01", null, null, null,
						company.id().toString(), person.id().toString(), null)));
		var appointment = TenantContext.callAs(a.id(), a.user().id().value(), TenantContext.SYSTEM, () -> appointments.create(
				new org.nordcrm.calendar.AppointmentInput("Hemmelig møte", null, null, false, java.time.OffsetDateTime.now(),
						java.time.OffsetDateTime.now().plusHours(1), null, null, null, company.id().value(), List.of(person.id().value()),
						null, null, null)));
		var campaignIds = TenantContext.callAs(a.id(), a.user().id().value(), TenantContext.SYSTEM, () -> {
			var campaign = campaigns.create(new org.nordcrm.campaigns.CampaignInput("Hemmelig kampanje", null, null));
			var member = campaigns.add(campaign.id(), List.of(new org.nordcrm.campaigns.RecordRef("company", company.id().value())))
				.added().getFirst();
			var call = campaigns.record(campaign.id(), member.id(),
					new org.nordcrm.campaigns.OutcomeInput("NO_ANSWER", null, null, null, "Hemmelig samtale", null));
			return List.of(campaign.id().toString(), member.id().toString(), call.id().toString());
		});
		idsOfA.addAll(campaignIds);
		var leadCompany = leads.registerCompany(new org.nordcrm.companies.CompanyInput("Hemmelig lead AS", null, null, "NO",
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null), org.nordcrm.leads.LeadData.NONE);
		var leadPerson = leads.registerPrivate(new org.nordcrm.contacts.PersonInput("Hemmelig", "Lead", null, null, null, null,
				null, null, null, null, null, null, null, null), org.nordcrm.leads.LeadData.NONE);
		var leadIds = List.of(leadCompany.id().toString(), leadPerson.id().toString(),
				registers.list(org.nordcrm.settings.NamedRegister.LEAD_STATUSES).getFirst().id().toString());
		return java.util.stream.Stream.concat(leadIds.stream(), List.of(appointment.id().toString(), upload.id().toString(), task.id().toString(), taskStatuses.list().getFirst().id().toString(), note.id().toString(), watch.id().toString(), file.id().toString(), folder.id().toString(), company.id().toString(), person.id().toString(), link.id().toString(), industry.id().toString(),
				copy.id().toString(), merge.id().toString(),
				registers.categories().getFirst().id().toString(), registers.roles().getFirst().id().toString(),
				registers.statuses().getFirst().id().toString(), series.list().getFirst().id().toString(),
				registers.list(org.nordcrm.settings.NamedRegister.ORIGINS).getFirst().id().toString(),
				registers.list(org.nordcrm.settings.NamedRegister.SOURCES).getFirst().id().toString(), product.id().toString())
			.stream()).toList();
	}

	@Test
	void sqlWithoutTenantSeesNothingAndCannotWriteIntoAnotherTenant() throws SQLException {
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			assertThat(count(c, "select count(*) from app_user")).isZero();
			assertThat(count(c, "select count(*) from tenant")).isZero();
			assertThat(count(c, "select count(*) from api_token")).isZero();

			set(c, "app.tenant_id", a.id().toString());
			assertThat(count(c, "select count(*) from app_user")).isEqualTo(2);
			assertThat(count(c, "select count(*) from app_user where tenant_id = '" + b.id() + "'")).isZero();
			assertThat(count(c, "select count(*) from tenant")).isEqualTo(1);

			// a row for tenant B written while working as tenant A is refused by the policy
			assertThatThrownBy(() -> c.createStatement().execute("insert into app_user (tenant_id, id, email, name, password_hash, role) values ('"
					+ b.id() + "', gen_random_uuid(), 'intruder@x.test', 'X', 'x', 'USER')"))
				.hasMessageContaining("row-level security");
			c.rollback();

			// moving a row to another tenant is refused as well
			set(c, "app.tenant_id", a.id().toString());
			assertThatThrownBy(() -> c.createStatement().executeUpdate("update app_user set tenant_id = '" + b.id() + "'"))
				.hasMessageContaining("row-level security");
			c.rollback();

			// during a login check only the row with exactly that e-mail is visible
			set(c, "app.auth_key", a.user().email());
			assertThat(count(c, "select count(*) from app_user")).isEqualTo(1);
			c.rollback();
		}
	}

	@Test
	void pagesOfTenantBShowNothingOfTenantA() {
		var web = new Browserless(port).login(b.admin().email(), TestTenants.PASSWORD);
		var list = web.get("/admin/users");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(b.user().email()).doesNotContain(a.user().email()).doesNotContain(a.admin().email());

		var search = web.get("/search?q=" + a.user().name().replace(" ", "+"));
		assertThat(search.body()).doesNotContain(a.user().email());
		assertThat(web.get("/campaigns?closed=true").body()).doesNotContain("Hemmelig kampanje");
		var ownSearch = web.get("/search?q=" + b.user().name().replace(" ", "+"));
		assertThat(ownSearch.body()).contains(b.user().email());
	}

	@Test
	void apiOfTenantBShowsNothingOfTenantA() {
		var api = new Api(port).login(b.admin().email(), TestTenants.PASSWORD);
		var list = api.get("/api/v1/users?limit=500");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().get("items").findValuesAsString("email")).containsExactlyInAnyOrder(b.admin().email(), b.user().email());
		var byId = api.get("/api/v1/users/" + a.user().id());
		assertThat(byId.status()).isEqualTo(404);
		assertThat(byId.body()).doesNotContain(a.user().email());
		assertThat(api.get("/api/v1/users/" + b.user().id()).status()).isEqualTo(200);
	}

	/**
	 * Every endpoint, found from the application's own request mappings so that new ones are covered without
	 * touching this test: anonymous callers are sent to the login page (pages) or get 401 (API); an
	 * administrator of tenant B asking for any of tenant A's record ids gets 404.
	 */
	@Test
	void everyEndpointRefusesAnonymousCallersAndHidesOtherTenantsRecords() {
		var checked = new ArrayList<String>();
		var admin = new Browserless(port).login(b.admin().email(), TestTenants.PASSWORD);
		var api = new Api(port).login(b.admin().email(), TestTenants.PASSWORD);
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (handler.getBeanType().getPackageName().startsWith("org.springdoc")) {
				return;
			}
			for (var pattern : info.getPathPatternsCondition().getPatternValues()) {
				if (PUBLIC.contains(pattern)) {
					continue;
				}
				for (var method : methods(info.getMethodsCondition().getMethods())) {
					checked.add(method + " " + pattern);
					assertAnonymousRefused(method, pattern);
					if (pattern.contains("{")) {
						for (var id : idsOfA) {
							var path = pattern.replaceAll("\\{[^}]+}", id);
							int status = pattern.startsWith("/api/") ? apiStatus(api, method, path) : webStatus(admin, method, path);
							assertThat(status).as(method + " " + path + " as admin of another tenant").isEqualTo(404);
						}
					}
				}
			}
		});
		assertThat(checked).contains("GET /api/v1/users/{id}", "POST /admin/users/{id}/password", "GET /api/v1/me");
		// the register lookup (issue 8): its company pages and API answer 404 for another tenant's company
		assertThat(checked).contains("GET /registry/companies/{id}/section", "POST /registry/companies/{id}/refresh",
				"GET /api/v1/registry/companies/{id}/differences", "POST /api/v1/registry/units/{orgnr}/company",
				"POST /admin/registry/bulk");
	}

	private static final Set<String> PUBLIC = Set.of("/login", "/language", "/error", "/api/v1/auth/tokens", "/ics/{token}");

	private void assertAnonymousRefused(RequestMethod method, String pattern) {
		var path = pattern.replaceAll("\\{[^}]+}", idsOfA.getFirst());
		if (pattern.startsWith("/api/")) {
			assertThat(apiStatus(new Api(port), method, path)).as("anonymous " + method + " " + path).isEqualTo(401);
			return;
		}
		var anonymous = new Browserless(port);
		anonymous.get("/login");
		var r = method == RequestMethod.GET ? anonymous.get(path) : anonymous.post(path, Map.of());
		assertThat(r.statusCode()).as("anonymous " + method + " " + path).isEqualTo(302);
		assertThat(Browserless.location(r)).as("anonymous " + method + " " + path).endsWith("/login");
	}

	private static int webStatus(Browserless web, RequestMethod method, String path) {
		web.get("/");
		return method == RequestMethod.GET ? web.get(path).statusCode()
				: web.post(path, Map.of("active", "false", "lang", "en")).statusCode();
	}

	private static int apiStatus(Api api, RequestMethod method, String path) {
		return switch (method) {
			case GET -> api.get(path).status();
			default -> api.send(api.builder(path).header("Content-Type", "application/json")
				.method(method.name(), java.net.http.HttpRequest.BodyPublishers.ofString("{}"))).status();
		};
	}

	private static Set<RequestMethod> methods(Set<RequestMethod> declared) {
		return declared.isEmpty() ? Set.of(RequestMethod.GET) : declared;
	}

	private static long count(Connection c, String sql) throws SQLException {
		try (var rs = c.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static void set(Connection c, String key, String value) throws SQLException {
		try (var ps = c.prepareStatement("select set_config(?, ?, true)")) {
			ps.setString(1, key);
			ps.setString(2, value);
			ps.execute();
		}
	}
}

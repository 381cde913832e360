package org.nordcrm.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nordcrm.NordCrmApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * NORDCRM_DB_URL points the application at a PostgreSQL server it did not start: the same migrations run there,
 * and a connection role that row-level security would not bind (a superuser) is refused at start.
 */
class ExternalDatabaseTest {

	static EmbeddedPostgres server;

	@BeforeAll
	static void startServer() throws Exception {
		server = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("external-pg"))
			.setCleanDataDirectory(true).setLocaleConfig("locale", "C.UTF-8").start();
		var admin = new JdbcTemplate(server.getPostgresDatabase());
		admin.execute("create role crm_app login password 'crm-secret'");
		admin.execute("create database crm owner crm_app");
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Test
	void runsMigrationsOnAnExternalServerAsAnOrdinaryRole() {
		try (var app = start("crm_app", "crm-secret")) {
			var jdbc = new JdbcTemplate(server.getDatabase("crm_app", "crm"));
			assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class)).isGreaterThanOrEqualTo(3);
			assertThat(jdbc.queryForObject("select count(*) from installation", Integer.class)).isEqualTo(1);
			// the role that owns the tables is still bound by the policies: no tenant set, no rows
			assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).isZero();
			assertThat(app.getBean(DatabaseServer.class)).isInstanceOf(DatabaseServer.External.class);
		}
	}

	@Test
	void refusesASuperuserConnection() {
		assertThatThrownBy(() -> start("postgres", "").close())
			.rootCause().hasMessageContaining("superuser or has BYPASSRLS");
	}

	@Test
	void refusesAnAdministratorPasswordThatBreaksTheRules() {
		var admin = new JdbcTemplate(server.getPostgresDatabase());
		admin.execute("create role crm_short login password 'x'");
		admin.execute("create database crm_short owner crm_short");
		assertThatThrownBy(() -> start("crm_short", "x", "crm_short", "short").close())
			.hasMessageContaining("NORDCRM_ADMIN_PASSWORD").hasMessageContaining("at least 10 characters");
		// the first start did not half-happen: no tenant was left behind, so a corrected start can still set up
		var jdbc = new JdbcTemplate(server.getDatabase("crm_short", "crm_short"));
		assertThat(jdbc.queryForObject("select count(*) from installation", Integer.class)).isZero();
	}

	private static org.springframework.context.ConfigurableApplicationContext start(String user, String password) {
		return start(user, password, "crm", "external-password");
	}

	private static org.springframework.context.ConfigurableApplicationContext start(String user, String password,
			String database, String adminPassword) {
		// as arguments: they outrank application.yaml, as environment variables would
		return new SpringApplicationBuilder(NordCrmApplication.class).run(
				"--nordcrm.db.url=jdbc:postgresql://localhost:" + server.getPort() + "/" + database,
				"--nordcrm.db.user=" + user,
				"--nordcrm.db.password=" + password,
				"--nordcrm.data-dir=target/test-data-external",
				"--nordcrm.admin.email=ext@nordcrm.test",
				"--nordcrm.admin.password=" + adminPassword,
				"--server.port=0");
	}
}

package org.nordcrm.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The embedded server keeps its data across restarts, and a second server on the same data is refused clearly. */
class EmbeddedDatabaseTest {

	@TempDir
	Path dataDir;

	@Test
	void dataSurvivesARestartAndTheDirectoryCannotBeSharedByTwo() throws Exception {
		var directory = dataDir.resolve("postgres");
		try (var first = new DatabaseServer.Embedded(directory, false)) {
			jdbc(first).execute("create table kept (v text)");
			jdbc(first).update("insert into kept values ('still here')");

			assertThatThrownBy(() -> new DatabaseServer.Embedded(directory, false).close())
				.hasMessageContaining("Another NordCRM is already running").hasMessageContaining("NORDCRM_DATA_DIR");
		}
		try (var again = new DatabaseServer.Embedded(directory, false)) {
			assertThat(jdbc(again).queryForObject("select v from kept", String.class)).isEqualTo("still here");
			// the application's role is an ordinary one: row-level security binds it
			assertThat(jdbc(again).queryForObject("select rolsuper or rolbypassrls from pg_roles where rolname = current_user",
					Boolean.class)).isFalse();
		}
		assertThat(Files.exists(directory.resolve("PG_VERSION"))).isTrue();
	}

	private static JdbcTemplate jdbc(DatabaseServer server) {
		return new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), server.jdbcUrl(), server.user(), server.password()));
	}
}

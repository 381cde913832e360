package org.nordcrm.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The embedded server keeps its data across restarts, safely on disk, and a second server on the same data is refused
 * clearly.
 */
class EmbeddedDatabaseTest {

	@TempDir
	Path dataDir;

	@Test
	void dataSurvivesARestartAndTheDirectoryCannotBeSharedByTwo() throws Exception {
		var directory = dataDir.resolve("postgres");
		try (var first = new DatabaseServer.Embedded(directory, false, null)) {
			jdbc(first).execute("create table kept (v text)");
			jdbc(first).update("insert into kept values ('still here')");

			assertThatThrownBy(() -> new DatabaseServer.Embedded(directory, false, null).close())
				.hasMessageContaining("Another NordCRM is already running").hasMessageContaining("NORDCRM_DATA_DIR");
		}
		try (var again = new DatabaseServer.Embedded(directory, false, "160MB")) {
			assertThat(jdbc(again).queryForObject("show shared_buffers", String.class)).isEqualTo("160MB");
			// data that is kept is written to disk at each commit
			assertThat(jdbc(again).queryForObject("show fsync", String.class)).isEqualTo("on");
			assertThat(jdbc(again).queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
			assertThat(jdbc(again).queryForObject("select v from kept", String.class)).isEqualTo("still here");
			// the application's role is an ordinary one: row-level security binds it
			assertThat(jdbc(again).queryForObject("select rolsuper or rolbypassrls from pg_roles where rolname = current_user",
					Boolean.class)).isFalse();
		}
		assertThat(Files.exists(directory.resolve("PG_VERSION"))).isTrue();
	}

	@Test
	void thePageCacheIsAQuarterOfTheMemoryWithinBoundsOrAsConfigured() {
		long mb = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
			.getTotalMemorySize() >> 20;
		assertThat(DatabaseServer.Embedded.sharedBuffers(null)).isEqualTo(Math.clamp(mb / 4, 128, 2048) + "MB");
		assertThat(DatabaseServer.Embedded.sharedBuffers(" 1GB ")).isEqualTo("1GB");
		assertThatThrownBy(() -> DatabaseServer.Embedded.sharedBuffers("lots")).hasMessageContaining("NORDCRM_DB_MEMORY")
			.hasMessageContaining("\"lots\"");
	}

	private static JdbcTemplate jdbc(DatabaseServer server) {
		return new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), server.jdbcUrl(), server.user(), server.password()));
	}
}

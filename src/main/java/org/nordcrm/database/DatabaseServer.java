package org.nordcrm.database;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Where the application's connections go: an external server as configured, or an embedded PostgreSQL started
 * here. The embedded server gets a database and a login role {@code nordcrm} that is neither superuser nor
 * exempt from row-level security, so the tenant policies hold for every query the application makes.
 */
public sealed interface DatabaseServer extends AutoCloseable {

	String jdbcUrl();

	String user();

	String password();

	@Override
	void close();

	record External(String jdbcUrl, String user, String password) implements DatabaseServer {

		@Override
		public void close() {
		}
	}

	final class Embedded implements DatabaseServer {

		private static final Logger log = LoggerFactory.getLogger(Embedded.class);
		static final String ROLE = "nordcrm";

		private final EmbeddedPostgres postgres;

		/**
		 * {@code memory} is PostgreSQL's page cache, see {@link #sharedBuffers}. Checkpoints come at most every 4 GB of
		 * WAL (default 1 GB), so a bulk write logs fewer full-page images of the same index pages. The embedded library
		 * starts its servers for tests, without fsync and with asynchronous commits; a server that keeps its data
		 * (not {@code ephemeral}: {@code ./crm run}) gets both back, so a commit survives a power cut.
		 */
		Embedded(Path directory, boolean ephemeral, @Nullable String memory) throws IOException, SQLException {
			var sharedBuffers = sharedBuffers(memory);
			Files.createDirectories(directory.getParent());
			log.info("Starting embedded PostgreSQL with its data in {}", directory.toAbsolutePath());
			try {
				var builder = EmbeddedPostgres.builder()
					.setDataDirectory(directory)
					.setCleanDataDirectory(ephemeral)
					.setLocaleConfig("locale", "C.UTF-8")
					.setLocaleConfig("encoding", "UTF8")
					.setServerConfig("max_connections", "100")
					.setServerConfig("shared_buffers", sharedBuffers)
					.setServerConfig("max_wal_size", "4GB")
					.setServerConfig("checkpoint_timeout", "15min")
					// the search index writes of an import commit with it by two-phase commit (search.WritesApart)
					.setServerConfig("max_prepared_transactions", "20")
					.setPGStartupWait(Duration.ofSeconds(60));
				if (!ephemeral) {
					// after the library's -F on the command line, so these win
					builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
				}
				this.postgres = builder.start();
			}
			catch (IllegalStateException e) {
				// another process holds the lock ("could not lock"), or this very JVM does (OverlappingFileLock)
				if (e instanceof OverlappingFileLockException || String.valueOf(e.getMessage()).contains("could not lock")) {
					throw new IllegalStateException("Another NordCRM is already running on the data in "
							+ directory.getParent().toAbsolutePath() + ". Stop it first, or give this one its own "
							+ "NORDCRM_DATA_DIR.", e);
				}
				throw e;
			}
			createRoleAndDatabase();
		}

		/**
		 * PostgreSQL's page cache: as configured ({@code NORDCRM_DB_MEMORY}, e.g. {@code 1GB}), else a quarter of the
		 * machine's memory within 128 MB (the server's default) and 2 GB. 128 MB holds the search index of a few hundred
		 * thousand records; past that every index insert of an import evicts a page.
		 */
		static String sharedBuffers(@Nullable String configured) {
			if (configured != null && !configured.isBlank()) {
				var size = configured.strip();
				if (!size.matches("\\d{1,7}(kB|MB|GB)")) {
					throw new IllegalStateException("NORDCRM_DB_MEMORY must be a size such as 512MB or 2GB, not \"" + size + "\"");
				}
				return size;
			}
			long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
					? os.getTotalMemorySize() : 0;
			return Math.clamp((memory >> 20) / 4, 128, 2048) + "MB";
		}

		/**
		 * Under row-level security PostgreSQL uses an operator in an index condition only if it is leakproof; the
		 * search dictionary's trigram index needs LIKE and pg_trgm's similarity, the notes' word index @@ and the
		 * functions of its expression (to_tsvector and ||, which fail only past 1 MB; a note holds 20 000 characters).
		 * An import finds a batch's duplicates by {@code lower(email)} (its own index, V0024). None raises an error that
		 * depends on a row's value, so marking them leakproof reveals nothing. Only a superuser may; here we are one.
		 */
		static final String SEARCH_OPERATORS_LEAKPROOF = """
				create extension if not exists pg_trgm;
				alter function public.similarity_op(text, text) leakproof;
				alter function pg_catalog.textlike(text, text) leakproof;
				alter function pg_catalog.ts_match_vq(tsvector, tsquery) leakproof;
				alter function pg_catalog.to_tsvector(regconfig, text) leakproof;
				alter function pg_catalog.tsvector_concat(tsvector, tsvector) leakproof;
				alter function pg_catalog.lower(text) leakproof;
				""";

		private void createRoleAndDatabase() throws SQLException {
			try (Connection c = postgres.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
				var role = st.executeQuery("select 1 from pg_roles where rolname = '" + ROLE + "'");
				if (!role.next()) {
					st.execute("create role " + ROLE + " login nosuperuser nobypassrls");
				}
				var db = st.executeQuery("select 1 from pg_database where datname = '" + ROLE + "'");
				if (!db.next()) {
					st.execute("create database " + ROLE + " owner " + ROLE + " encoding 'UTF8' template template0");
				}
			}
			try (Connection c = postgres.getDatabase("postgres", ROLE).getConnection(); var st = c.createStatement()) {
				st.execute(SEARCH_OPERATORS_LEAKPROOF);
			}
		}

		@Override
		public String jdbcUrl() {
			return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + ROLE;
		}

		@Override
		public String user() {
			return ROLE;
		}

		@Override
		public String password() {
			return "";
		}

		@Override
		public void close() {
			try {
				postgres.close();
			}
			catch (IOException e) {
				log.warn("Embedded PostgreSQL did not stop cleanly", e);
			}
		}
	}
}

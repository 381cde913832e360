package org.nordcrm.database;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With no {@code url} an embedded PostgreSQL keeps its files under {@code dataDir/postgres}.
 *
 * @param dataDir directory for everything the system stores on disk ({@code NORDCRM_DATA_DIR})
 * @param url JDBC URL of an external PostgreSQL ({@code NORDCRM_DB_URL}); empty means embedded
 * @param user database user for the external PostgreSQL
 * @param password its password
 * @param ephemeral embedded server in a temporary directory removed on shutdown (tests)
 * @param memory the embedded server's page cache, e.g. {@code 1GB} ({@code NORDCRM_DB_MEMORY}); empty: a quarter of the
 *        machine's memory, 128 MB to 2 GB
 */
@ConfigurationProperties("nordcrm")
public record DatabaseProperties(Path dataDir, Db db) {

	public record Db(String url, String user, String password, boolean ephemeral, @Nullable String memory) {

		public boolean embedded() {
			return url == null || url.isBlank();
		}
	}
}

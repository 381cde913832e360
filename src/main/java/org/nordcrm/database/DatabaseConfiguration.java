package org.nordcrm.database;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	DatabaseServer databaseServer(DatabaseProperties properties) throws IOException, SQLException {
		var db = properties.db();
		if (!db.embedded()) {
			return new DatabaseServer.External(db.url(), db.user(), db.password());
		}
		var directory = db.ephemeral()
				? Files.createTempDirectory("nordcrm-pg-")
				: properties.dataDir().resolve("postgres");
		return new DatabaseServer.Embedded(directory, db.ephemeral(), db.memory());
	}

	@Bean(destroyMethod = "close")
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(DatabaseServer server) throws SQLException {
		var ds = new HikariDataSource();
		ds.setJdbcUrl(server.jdbcUrl());
		ds.setUsername(server.user());
		ds.setPassword(server.password());
		ds.setPoolName("nordcrm");
		// before anything (Flyway first) uses the connection
		RowLevelSecurityGuard.check(ds);
		return ds;
	}
}

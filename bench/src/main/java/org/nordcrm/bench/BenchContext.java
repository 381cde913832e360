package org.nordcrm.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.nordcrm.NordCrmApplication;
import org.nordcrm.database.DatabaseServer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application started in this JVM on a random port with its own embedded PostgreSQL, and what workloads
 * need around it: its beans, HTTP clients, raw JDBC connections as the application's role, and datasets that
 * several workloads can share.
 */
public final class BenchContext implements AutoCloseable {

	static final String ADMIN_EMAIL = "admin@bench.nordcrm.test";
	static final String ADMIN_PASSWORD = "bench-admin-password";

	private final Options options;
	private final ConfigurableApplicationContext app;
	private final URI base;
	private final DatabaseServer db;
	private final Map<String, Object> datasets = new HashMap<>();

	private BenchContext(Options options, ConfigurableApplicationContext app) {
		this.options = options;
		this.app = app;
		this.base = URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"));
		this.db = app.getBean(DatabaseServer.class);
	}

	static BenchContext start(Options options) {
		var props = new LinkedHashMap<String, String>();
		if (options.data() == null) {
			props.put("nordcrm.db.ephemeral", "true");
			props.put("nordcrm.data-dir", "target/bench-data");
		}
		else {
			// kept between runs: a loaded dataset (see SearchData) is found again instead of being loaded again
			props.put("nordcrm.db.ephemeral", "false");
			props.put("nordcrm.data-dir", options.data().toString());
		}
		props.put("nordcrm.admin.email", ADMIN_EMAIL);
		props.put("nordcrm.admin.password", ADMIN_PASSWORD);
		props.put("server.port", "0");
		props.put("logging.level.root", "WARN");
		props.put("logging.level.org.nordcrm", "WARN");
		props.putAll(options.appProperties());
		var args = new ArrayList<String>();
		props.forEach((k, v) -> args.add("--" + k + "=" + v));
		var application = new SpringApplication(NordCrmApplication.class);
		application.setLogStartupInfo(false);
		return new BenchContext(options, application.run(args.toArray(String[]::new)));
	}

	public Options options() {
		return options;
	}

	public <T> T bean(Class<T> type) {
		return app.getBean(type);
	}

	/** The application's own pool: connects as the application's role, so row-level security applies. */
	public DataSource dataSource() {
		return app.getBean(DataSource.class);
	}

	public URI uri(String path) {
		return base.resolve(path);
	}

	/** A client as a script would use it: HTTP/1.1, one keep-alive connection at a time. */
	public HttpClient httpClient() {
		return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
	}

	/** A connection of its own (not from the pool), as the application's role: the raw-PostgreSQL baseline. */
	public Connection rawConnection() throws SQLException {
		return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
	}

	/**
	 * A connection as the embedded server's superuser {@code postgres}: for bulk loading only (COPY is refused on
	 * tables with row-level security, and a superuser bypasses it), never for measuring.
	 */
	public Connection superuserConnection() throws SQLException {
		if (!(db instanceof DatabaseServer.Embedded)) {
			throw new IllegalStateException("bulk loading needs the embedded server's superuser; the database is external");
		}
		return DriverManager.getConnection(db.jdbcUrl(), "postgres", "");
	}

	public String jdbcUrl() {
		return db.jdbcUrl();
	}

	/** A dataset built once per run and shared by every workload asking for the same key. */
	@SuppressWarnings("unchecked")
	public synchronized <T> T dataset(String key, Builder<T> builder) throws Exception {
		var existing = datasets.get(key);
		if (existing == null) {
			existing = builder.build(this);
			datasets.put(key, existing);
		}
		return (T) existing;
	}

	@FunctionalInterface
	public interface Builder<T> {

		T build(BenchContext ctx) throws Exception;
	}

	/** Work in one transaction on the application's pool, with {@code app.tenant_id} set as the application does. */
	public <T> T inTenant(UUID tenant, SqlWork<T> work) throws SQLException {
		try (var c = dataSource().getConnection()) {
			c.setAutoCommit(false);
			try {
				setTenant(c, tenant);
				var result = work.run(c);
				c.commit();
				return result;
			}
			catch (SQLException | RuntimeException e) {
				c.rollback();
				throw e;
			}
			finally {
				c.setAutoCommit(true);
			}
		}
	}

	/** Sets the tenant (and clears the authentication key) for the rest of the open transaction on {@code c}. */
	public static void setTenant(Connection c, UUID tenant) throws SQLException {
		try (var ps = c.prepareStatement("select set_config('app.tenant_id', ?, true), set_config('app.auth_key', '', true)")) {
			ps.setString(1, tenant.toString());
			ps.execute();
		}
	}

	@FunctionalInterface
	public interface SqlWork<T> {

		T run(Connection c) throws SQLException;
	}

	@Override
	public void close() {
		app.close();
	}
}

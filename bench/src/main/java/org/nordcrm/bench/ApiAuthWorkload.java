package org.nordcrm.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.SplittableRandom;
import java.util.UUID;

import org.nordcrm.security.ApiTokenManagement;
import org.nordcrm.security.NewUser;
import org.nordcrm.security.Role;
import org.nordcrm.security.User;
import org.nordcrm.security.UserManagement;
import org.nordcrm.shared.Ids;
import org.nordcrm.shared.Secrets;
import org.nordcrm.tenancy.TenantContext;
import org.nordcrm.tenancy.TenantId;
import org.nordcrm.tenancy.TenantManagement;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * {@code GET /api/v1/me} with random users' API tokens over real HTTP, beside the same three lookups on raw
 * JDBC in one transaction (the least the database can do): the token by its hash (with {@code app.auth_key} set),
 * then {@code set_config} to its tenant, the user, the tenant row.
 */
final class ApiAuthWorkload implements Workload {

	static final int TENANTS = 100;
	static final int USERS_PER_TENANT = 50;

	/** Tenants with users, each user with one API token; index {@code k} is user {@code k % perTenant} of tenant {@code k / perTenant}. */
	record AuthData(UUID[] tenants, String[] tenantNames, int perTenant, UUID[] users, String[] emails, String[] tokens) {

		int size() {
			return users.length;
		}

		UUID tenantOf(int k) {
			return tenants[k / perTenant];
		}
	}

	private AuthData data;

	@Override
	public String name() {
		return "api-auth";
	}

	@Override
	public String description() {
		return "GET /api/v1/me with a random user's API token (HTTP/1.1 keep-alive) vs. the same 3 lookups on raw JDBC in one transaction";
	}

	@Override
	public void prepare(BenchContext ctx) throws Exception {
		int tenants = ctx.options().scaled(TENANTS);
		data = ctx.dataset("auth:" + tenants + "x" + USERS_PER_TENANT, c -> build(c, tenants, USERS_PER_TENANT));
	}

	static AuthData build(BenchContext ctx, int tenantCount, int perTenant) throws SQLException {
		int n = tenantCount * perTenant;
		var tenants = new UUID[tenantCount];
		var names = new String[tenantCount];
		var users = new UUID[n];
		var emails = new String[n];
		var tokens = new String[n];
		// the first user and token through the application's own services, so the bulk rows below are checked
		// against what the application itself writes
		var first = new User[1];
		names[0] = tenantName(0);
		emails[0] = email(0, 0);
		tenants[0] = ctx.bean(TenantManagement.class).create(names[0], t -> first[0] = ctx.bean(UserManagement.class)
			.create(new NewUser(emails[0], userName(0, 0), Role.USER, null), BenchContext.ADMIN_PASSWORD, false)).value();
		users[0] = first[0].id().value();
		tokens[0] = TenantContext.call(new TenantId(tenants[0]),
				() -> ctx.bean(ApiTokenManagement.class).create(first[0].id(), "bench").token());
		// the rest with plain SQL as the application's role, one transaction per tenant, one bcrypt hash for all
		var passwordHash = ctx.bean(PasswordEncoder.class).encode(BenchContext.ADMIN_PASSWORD);
		for (int t = 0; t < tenantCount; t++) {
			if (t > 0) {
				tenants[t] = Ids.next();
				names[t] = tenantName(t);
			}
			int tt = t;
			ctx.inTenant(tenants[t], c -> {
				if (tt > 0) {
					try (var ps = c.prepareStatement("insert into tenant (id, name) values (?, ?)")) {
						ps.setObject(1, tenants[tt]);
						ps.setString(2, names[tt]);
						ps.executeUpdate();
					}
				}
				try (var u = c.prepareStatement("insert into app_user (tenant_id, id, email, name, password_hash, role) values (?, ?, ?, ?, ?, 'USER')");
						var k = c.prepareStatement("insert into api_token (tenant_id, id, user_id, name, token_hash, token_prefix) values (?, ?, ?, 'bench', ?, ?)")) {
					for (int i = tt == 0 ? 1 : 0; i < perTenant; i++) {
						int idx = tt * perTenant + i;
						users[idx] = Ids.next();
						emails[idx] = email(tt, i);
						tokens[idx] = ApiTokenManagement.PREFIX + Secrets.urlSafeToken(32);
						u.setObject(1, tenants[tt]);
						u.setObject(2, users[idx]);
						u.setString(3, emails[idx]);
						u.setString(4, userName(tt, i));
						u.setString(5, passwordHash);
						u.addBatch();
						k.setObject(1, tenants[tt]);
						k.setObject(2, Ids.next());
						k.setObject(3, users[idx]);
						k.setString(4, Secrets.sha256Hex(tokens[idx]));
						k.setString(5, tokens[idx].substring(0, ApiTokenManagement.PREFIX.length() + 4));
						k.addBatch();
					}
					u.executeBatch();
					k.executeBatch();
				}
				return null;
			});
		}
		try (var c = ctx.dataSource().getConnection(); var st = c.createStatement()) {
			st.execute("analyze tenant, app_user, api_token");
		}
		return new AuthData(tenants, names, perTenant, users, emails, tokens);
	}

	private static String tenantName(int t) {
		return "Bench %03d AS".formatted(t);
	}

	private static String email(int t, int i) {
		return "user%02d@t%03d.bench.nordcrm.test".formatted(i, t);
	}

	private static String userName(int t, int i) {
		return "Bench User %d-%d".formatted(t, i);
	}

	@Override
	public void measure(BenchContext ctx, Report.Section out) throws Exception {
		var o = ctx.options();
		out.fact("data", "%,d tenants × %d users = %,d users, each with one API token".formatted(data.tenants().length,
				data.perTenant(), data.size()));
		out.fact("data size", dataSize(ctx));
		out.fact("PostgreSQL", settings(ctx));

		var requests = new HttpRequest[data.size()];
		for (int k = 0; k < requests.length; k++) {
			requests[k] = HttpRequest.newBuilder(ctx.uri("/api/v1/me")).header("Authorization", "Bearer " + data.tokens()[k])
				.header("Accept", "application/json").GET().build();
		}
		sanityCheck(ctx, requests);

		int most = o.clients().stream().mapToInt(Integer::intValue).max().orElse(1);
		System.out.printf("  warming up: %d requests over HTTP, %d on raw JDBC, %d clients%n", o.warmup(), o.warmup(), most);
		Load.run(most, o.warmup(), c -> new HttpMe(ctx, requests, random(o.seed(), -1, c)));
		Load.run(most, o.warmup(), c -> new RawMe(ctx, random(o.seed(), -1, c)));

		Latency first = null;
		Latency firstRaw = null;
		String firstLabel = null;
		for (int s = 0; s < o.clients().size(); s++) {
			int clients = o.clients().get(s);
			int setting = s;
			var since = OffsetDateTime.now();
			var app = Load.run(clients, o.requests(), c -> new HttpMe(ctx, requests, random(o.seed(), setting, c)));
			int touched = touchedSince(ctx, since);
			var raw = Load.run(clients, o.requests(), c -> new RawMe(ctx, random(o.seed(), setting, c)));
			var label = clients + (clients == 1 ? " client" : " clients");
			out.row(label, app, raw);
			out.fact("api_token.last_used_at writes, " + label, "%,d of %,d requests also wrote the token row".formatted(touched, o.requests()));
			if (first == null) {
				first = app;
				firstRaw = raw;
				firstLabel = label;
			}
		}
		// the same service calls /me makes, in this JVM without HTTP: what the web layer adds, what the data access adds
		Load.run(1, Math.min(2000, o.warmup()), c -> new InProcessMe(ctx, random(o.seed(), -2, c)));
		var services = Load.run(1, o.requests(), c -> new InProcessMe(ctx, random(o.seed(), 0, c)));
		var servicesRaw = Load.run(1, o.requests(), c -> new RawMe(ctx, random(o.seed(), 0, c)));
		out.row("in-process services, no HTTP, 1 client", services, servicesRaw);
		// the floor: the same URL without a token, answered 401 by Spring Security with no database work
		var anonymous = HttpRequest.newBuilder(ctx.uri("/api/v1/me")).header("Accept", "application/json").GET().build();
		Load.run(1, Math.min(2000, o.warmup()), c -> new HttpStatus(ctx, anonymous, 401));
		var floor = Load.run(1, o.requests(), c -> new HttpStatus(ctx, anonymous, 401));
		out.row("no token → 401, 1 client (HTTP floor)", floor, null);
		if (first != null) {
			out.fact("breakdown, p50", "GET /me (%s) %s = services in-process %s (raw JDBC %s) + the rest; an unauthenticated request costs %s"
				.formatted(firstLabel, ms(first.summary().p50()), ms(services.summary().p50()), ms(servicesRaw.summary().p50()), ms(floor.summary().p50())));
			out.fact("breakdown, JVM CPU per request", "GET /me (%s) %s, services in-process %s, raw JDBC %s, unauthenticated request %s"
				.formatted(firstLabel, ms(first.summary().cpuPerOp()), ms(services.summary().cpuPerOp()), ms(firstRaw.summary().cpuPerOp()),
						ms(floor.summary().cpuPerOp())));
		}
	}

	private static String ms(double nanos) {
		return Latency.Summary.millis(nanos);
	}

	private static SplittableRandom random(long seed, int setting, int client) {
		return new SplittableRandom(seed * 1_000_003L + setting * 1009L + client);
	}

	private void sanityCheck(BenchContext ctx, HttpRequest[] requests) throws Exception {
		try (var http = ctx.httpClient()) {
			for (int k : new int[] { 0, 1, data.size() - 1 }) {
				var r = http.send(requests[k], HttpResponse.BodyHandlers.ofString());
				if (r.statusCode() != 200 || !r.body().contains(data.emails()[k])
						|| !r.body().contains(data.tenantNames()[k / data.perTenant()])) {
					throw new IllegalStateException("GET /api/v1/me for user " + k + " gave " + r.statusCode() + ": " + r.body());
				}
			}
			var bad = HttpRequest.newBuilder(ctx.uri("/api/v1/me"))
				.header("Authorization", "Bearer " + ApiTokenManagement.PREFIX + "x".repeat(43)).GET().build();
			int status = http.send(bad, HttpResponse.BodyHandlers.discarding()).statusCode();
			if (status != 401) {
				throw new IllegalStateException("an unknown token gave " + status + ", not 401");
			}
		}
	}

	/** One script: its own HTTP client and keep-alive connection, random users' tokens. */
	private final class HttpMe implements Load.Client {

		private final java.net.http.HttpClient http;
		private final HttpRequest[] requests;
		private final SplittableRandom random;

		HttpMe(BenchContext ctx, HttpRequest[] requests, SplittableRandom random) {
			this.http = ctx.httpClient();
			this.requests = requests;
			this.random = random;
		}

		@Override
		public void call(int i) throws Exception {
			int k = random.nextInt(requests.length);
			var r = http.send(requests[k], HttpResponse.BodyHandlers.ofString());
			if (r.statusCode() != 200 || !r.body().contains(data.emails()[k])) {
				throw new IllegalStateException("GET /api/v1/me for user " + k + " gave " + r.statusCode() + ": " + r.body());
			}
		}

		@Override
		public void close() {
			http.close();
		}
	}

	/** What {@code GET /api/v1/me} does below the web layer: the token check, then the tenant row. */
	private final class InProcessMe implements Load.Client {

		private final ApiTokenManagement tokens;
		private final TenantManagement tenants;
		private final SplittableRandom random;

		InProcessMe(BenchContext ctx, SplittableRandom random) {
			this.tokens = ctx.bean(ApiTokenManagement.class);
			this.tenants = ctx.bean(TenantManagement.class);
			this.random = random;
		}

		@Override
		public void call(int i) {
			int k = random.nextInt(data.size());
			var user = tokens.authenticate(data.tokens()[k]).orElseThrow(() -> new IllegalStateException("token " + k + " rejected"));
			var tenant = TenantContext.call(user.tenantId(), tenants::current).orElseThrow();
			if (!user.email().equals(data.emails()[k]) || !tenant.id().value().equals(data.tenantOf(k))) {
				throw new IllegalStateException("token " + k + " gave " + user.email());
			}
		}
	}

	private static final class HttpStatus implements Load.Client {

		private final java.net.http.HttpClient http;
		private final HttpRequest request;
		private final int expected;

		HttpStatus(BenchContext ctx, HttpRequest request, int expected) {
			this.http = ctx.httpClient();
			this.request = request;
			this.expected = expected;
		}

		@Override
		public void call(int i) throws Exception {
			var r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (r.statusCode() != expected) {
				throw new IllegalStateException(request.uri() + " gave " + r.statusCode() + ", not " + expected);
			}
		}

		@Override
		public void close() {
			http.close();
		}
	}

	/**
	 * The same database work on one plain JDBC connection as the application's role, done the cheapest way: hash the
	 * token, then one transaction that looks the token up under its auth key, switches to its tenant with
	 * {@code set_config}, and reads the user and the tenant.
	 */
	private final class RawMe implements Load.Client {

		private final Connection c;
		private final SplittableRandom random;
		private final PreparedStatement settings;
		private final PreparedStatement token;
		private final PreparedStatement user;
		private final PreparedStatement tenant;

		RawMe(BenchContext ctx, SplittableRandom random) throws SQLException {
			this.c = ctx.rawConnection();
			this.random = random;
			c.setAutoCommit(false);
			settings = c.prepareStatement("select set_config('app.tenant_id', ?, true), set_config('app.auth_key', ?, true)");
			token = c.prepareStatement("select tenant_id, user_id, id from api_token where token_hash = ? and revoked_at is null");
			user = c.prepareStatement("select tenant_id, id, email, name, password_hash, role, locale, time_zone, active, "
					+ "must_change_password, created_at, last_login_at, version from app_user where id = ?");
			tenant = c.prepareStatement("select id, name, created_at, version from tenant where id = ?");
		}

		@Override
		public void call(int i) throws Exception {
			int k = random.nextInt(data.size());
			var hash = Secrets.sha256Hex(data.tokens()[k]);
			UUID tenantId;
			UUID userId;
			set("", hash);
			token.setString(1, hash);
			try (var rs = token.executeQuery()) {
				if (!rs.next()) {
					throw new IllegalStateException("token " + k + " not found");
				}
				tenantId = rs.getObject(1, UUID.class);
				userId = rs.getObject(2, UUID.class);
			}
			set(tenantId.toString(), "");
			user.setObject(1, userId);
			try (var rs = user.executeQuery()) {
				if (!rs.next() || !rs.getString(3).equals(data.emails()[k]) || !rs.getBoolean(9)) {
					throw new IllegalStateException("user " + k + " not found");
				}
			}
			tenant.setObject(1, tenantId);
			try (var rs = tenant.executeQuery()) {
				if (!rs.next()) {
					throw new IllegalStateException("tenant of user " + k + " not found");
				}
				rs.getString(2);
			}
			c.commit();
		}

		private void set(String tenantId, String authKey) throws SQLException {
			settings.setString(1, tenantId);
			settings.setString(2, authKey);
			settings.execute();
		}

		@Override
		public void close() throws SQLException {
			c.close();
		}
	}

	/** How many tokens got {@code last_used_at} set since {@code since}: the writes the token check made. */
	private int touchedSince(BenchContext ctx, OffsetDateTime since) throws SQLException {
		int total = 0;
		for (var t : data.tenants()) {
			total += ctx.inTenant(t, c -> {
				try (var ps = c.prepareStatement("select count(*) from api_token where last_used_at >= ?")) {
					ps.setObject(1, since);
					try (var rs = ps.executeQuery()) {
						rs.next();
						return rs.getInt(1);
					}
				}
			});
		}
		return total;
	}

	private static String settings(BenchContext ctx) throws SQLException {
		try (var c = ctx.rawConnection(); var st = c.createStatement();
				var rs = st.executeQuery("""
						select current_setting('server_version'), current_setting('synchronous_commit'), current_setting('fsync'),
						       current_setting('shared_buffers'), current_setting('max_connections')""")) {
			rs.next();
			return "%s, synchronous_commit=%s, fsync=%s, shared_buffers=%s, max_connections=%s".formatted(rs.getString(1),
					rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
		}
	}

	private static String dataSize(BenchContext ctx) throws SQLException {
		try (var c = ctx.dataSource().getConnection(); var st = c.createStatement();
				var rs = st.executeQuery("""
						select pg_size_pretty(pg_total_relation_size('tenant')), pg_size_pretty(pg_total_relation_size('app_user')),
						       pg_size_pretty(pg_total_relation_size('api_token')), pg_size_pretty(pg_database_size(current_database()))""")) {
			rs.next();
			return "tenant %s, app_user %s, api_token %s (tables with indexes); whole database %s".formatted(rs.getString(1),
					rs.getString(2), rs.getString(3), rs.getString(4));
		}
	}
}

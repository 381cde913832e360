package org.nordcrm.bench;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nordcrm.bench.data.NordicData;
import org.nordcrm.search.SearchIndex;
import org.nordcrm.search.SearchMatch;
import org.nordcrm.search.SearchText;
import org.nordcrm.security.ApiTokenManagement;
import org.nordcrm.security.UserId;
import org.nordcrm.tenancy.TenantContext;
import org.nordcrm.tenancy.TenantId;

/**
 * Type-ahead search over the customer register at 1 000 000 companies and 3 000 000 contacts ({@link SearchData}):
 * prefixes of 3, 5 and 8 letters of real names (company name words and last names), and the 5- and 8-letter ones
 * with a typo. Each query class is timed three ways in the same run: {@code GET /api/v1/search} over HTTP with an
 * API token (when the endpoint exists), {@link SearchIndex#find} in-process in a tenant transaction, and on raw
 * JDBC the bare query of the engine's main step: the prefix range on the index for exact prefixes, the dictionary
 * words beginning with one edit of the word for typos. Names come from {@link NordicData} with a vocabulary of
 * {@code --vocabulary} generated surnames, so the dictionary has about that many words, as a real register's has.
 */
final class SearchWorkload implements Workload {

	static final List<String> KINDS = List.of(SearchData.COMPANY, SearchData.PERSON);
	static final int LIMIT = 20;
	/** Distinct queries per class; each request picks one at random. */
	static final int QUERIES_PER_CLASS = 500;
	/** The highest code point, as {@code SearchWords} ends a prefix range with it. */
	private static final String TOP = new String(Character.toChars(Character.MAX_CODE_POINT));

	/**
	 * Queries of one length, with or without a typo; {@code drivers} are the folded words the engine looks up,
	 * {@code intended} the folded prefixes of the names the queries were cut from (before the typo).
	 */
	record QueryClass(int letters, boolean typo, String[] queries, String[] drivers, String[] intended) {

		String label() {
			return letters + " letters" + (typo ? ", typo" : "");
		}
	}

	private SearchData.Dataset data;
	private List<QueryClass> classes;
	private String token;

	@Override
	public String name() {
		return "search";
	}

	@Override
	public String description() {
		return "type-ahead search (3, 5, 8 letters of real names, with and without a typo) over 1M companies / 3M contacts: "
				+ "GET /api/v1/search, SearchIndex.find in-process, and the bare index query on raw JDBC";
	}

	@Override
	public void prepare(BenchContext ctx) throws Exception {
		var o = ctx.options();
		data = SearchData.forOptions(ctx);
		classes = queries(new NordicData(o.seed(), o.vocabulary()), o.searchCompanies(), o.searchContacts(), o.seed());
		token = TenantContext.call(new TenantId(data.tenant()),
				() -> ctx.bean(ApiTokenManagement.class).create(new UserId(data.user()), "bench search").token());
	}

	/** Real names from the generated data, cut to 3, 5 and 8 letters; the 5- and 8-letter ones also with a typo. */
	static List<QueryClass> queries(NordicData generator, int companies, int contacts, long seed) {
		var classes = new ArrayList<QueryClass>();
		int[][] settings = { { 3, 0 }, { 5, 0 }, { 5, 1 }, { 8, 0 }, { 8, 1 } };
		for (var s : settings) {
			var r = new SplittableRandom(seed * 31 + s[0] * 2 + s[1]);
			var queries = new String[QUERIES_PER_CLASS];
			var drivers = new String[QUERIES_PER_CLASS];
			var intended = new String[QUERIES_PER_CLASS];
			for (int i = 0; i < queries.length; i++) {
				String name;
				do {
					name = r.nextBoolean() ? companyWord(generator.company(r.nextLong(companies)), r)
							: generator.person(r.nextLong(contacts), companies).lastName();
				}
				while (name.length() < s[0]);
				var q = name.substring(0, s[0]);
				queries[i] = s[1] == 1 ? NordicData.typo(q, r) : q;
				drivers[i] = driver(queries[i]);
				intended[i] = driver(q);
			}
			classes.add(new QueryClass(s[0], s[1] == 1, queries, drivers, intended));
		}
		return classes;
	}

	/** A word of a company's name other than its legal form: "Fjordvik Bygg AS" gives "Fjordvik" or "Bygg". */
	private static String companyWord(NordicData.Company c, SplittableRandom r) {
		var words = c.name().replaceFirst(" (AS|ASA|ENK|DA|AB|HB|Enskild firma)$", "").split(" ");
		return words[r.nextInt(words.length)];
	}

	/** The word the engine looks up first: the longest folded word of the query. */
	private static String driver(String query) {
		return SearchText.words(query).stream().max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
	}

	@Override
	public void measure(BenchContext ctx, Report.Section out) throws Exception {
		var o = ctx.options();
		out.fact("data", "%,d companies, %,d contacts in one tenant (seed %d, %s); rows: %s".formatted(data.companies(),
				data.contacts(), data.seed(), data.vocabulary() == 0 ? "built-in names only"
						: "%,d generated surnames".formatted(data.vocabulary()), data.rows().entrySet().stream()
					.map(e -> "%s %,d".formatted(e.getKey(), e.getValue())).collect(Collectors.joining(", "))));
		out.fact("load", data.reused()
				? "reused, loaded %s in %.0f s (%,.0f rows/s)".formatted(data.loadedAt(), data.loadSeconds(), data.totalRows() / data.loadSeconds())
				: "%.0f s for %,d rows: %,.0f rows/s (generation, COPY, index builds, vacuum analyze)".formatted(data.loadSeconds(),
						data.totalRows(), data.totalRows() / data.loadSeconds()));
		out.fact("data size", dataSize(ctx));
		out.fact("PostgreSQL", settings(ctx));
		out.fact("dictionary plans as the application's role", dictionaryPlans(ctx));
		for (var c : classes) {
			out.fact("queries, " + c.label(), "%d distinct, e.g. %s".formatted(Arrays.stream(c.queries()).distinct().count(),
					Arrays.stream(c.queries()).limit(6).map(q -> "\"" + q + "\"").collect(Collectors.joining(", "))));
		}
		var search = ctx.bean(SearchIndex.class);
		var tenant = new TenantId(data.tenant());
		for (var c : classes) {
			int n = Math.min(100, c.queries().length);
			int hits = 0;
			int empty = 0;
			int intended = 0;
			for (int i = 0; i < n; i++) {
				var q = c.queries()[i];
				var found = TenantContext.call(tenant, () -> search.find(q, KINDS, LIMIT));
				hits += found.size();
				empty += found.isEmpty() ? 1 : 0;
				intended += findsIntended(ctx, found, c.intended()[i]) ? 1 : 0;
			}
			out.fact("matches, " + c.label(), "%.1f on average of at most %d; %d of %d queries found nothing; %d of %d found a record with a word beginning with the intended name".formatted(
					(double) hits / n, LIMIT, empty, n, intended, n));
		}

		var http = httpAvailable(ctx);
		if (http.status() != 200) {
			out.note("HTTP: not available (GET /api/v1/search answered " + http.status() + "); in-process and raw SQL only");
		}
		boolean withHttp = http.status() == 200;
		var requests = new HttpRequest[classes.size()][];
		for (int k = 0; k < classes.size(); k++) {
			var qs = classes.get(k).queries();
			requests[k] = new HttpRequest[qs.length];
			for (int i = 0; i < qs.length; i++) {
				requests[k][i] = request(ctx, qs[i]);
			}
		}
		var all = classes.stream().toList();
		int warm = Math.min(o.warmup(), 3000);
		System.out.printf("  warming up: %d searches in-process, on raw JDBC%s%n", warm, withHttp ? " and over HTTP" : "");
		Load.run(1, warm, c -> new InProcess(ctx, all, random(o.seed(), -1, c)));
		Load.run(1, warm, c -> new Raw(ctx, all, random(o.seed(), -1, c)));
		if (withHttp) {
			Load.run(1, warm, c -> new Http(ctx, all, requests, random(o.seed(), -1, c)));
		}
		var lines = new ArrayList<Line>();
		for (int k = 0; k < classes.size(); k++) {
			var one = List.of(classes.get(k));
			var oneRequests = new HttpRequest[][] { requests[k] };
			int setting = k;
			var inProcess = Load.run(1, o.requests(), c -> new InProcess(ctx, one, random(o.seed(), setting, c)));
			var raw = Load.run(1, o.requests(), c -> new Raw(ctx, one, random(o.seed(), setting, c)));
			var overHttp = withHttp ? Load.run(1, o.requests(), c -> new Http(ctx, one, oneRequests, random(o.seed(), setting, c))) : null;
			var label = classes.get(k).label() + ", 1 client";
			out.row(label + ", in-process", inProcess, raw);
			if (overHttp != null) {
				out.row(label + ", HTTP", overHttp, raw);
			}
			lines.add(new Line(Integer.toString(classes.get(k).letters()), classes.get(k).typo() ? "yes" : "no", 1, overHttp, inProcess, raw));
		}
		for (int clients : o.clients()) {
			if (clients == 1) {
				continue;
			}
			int setting = 100 + clients;
			var inProcess = Load.run(clients, o.requests(), c -> new InProcess(ctx, all, random(o.seed(), setting, c)));
			var raw = Load.run(clients, o.requests(), c -> new Raw(ctx, all, random(o.seed(), setting, c)));
			var overHttp = withHttp ? Load.run(clients, o.requests(), c -> new Http(ctx, all, requests, random(o.seed(), setting, c))) : null;
			var label = "all classes mixed, " + clients + " clients";
			out.row(label + ", in-process", inProcess, raw);
			if (overHttp != null) {
				out.row(label + ", HTTP", overHttp, raw);
			}
			lines.add(new Line("all mixed", "mixed", clients, overHttp, inProcess, raw));
		}
		out.block(table(lines, http.status()));
	}

	/** Whether one of the matches has a word beginning with {@code prefix} (the name the query was cut from). */
	private boolean findsIntended(BenchContext ctx, List<SearchMatch> found, String prefix) throws SQLException {
		if (found.isEmpty()) {
			return false;
		}
		return ctx.inTenant(data.tenant(), c -> {
			try (var ps = c.prepareStatement("select exists (select 1 from search_word where tenant_id = ? and kind = ? "
					+ "and record_id = any (?) and word >= ? and word < ?)")) {
				for (var kind : KINDS) {
					var ids = found.stream().filter(m -> m.kind().equals(kind)).map(SearchMatch::id).toArray();
					if (ids.length == 0) {
						continue;
					}
					ps.setObject(1, data.tenant());
					ps.setString(2, kind);
					ps.setArray(3, c.createArrayOf("uuid", ids));
					ps.setString(4, prefix);
					ps.setString(5, prefix + TOP);
					try (var rs = ps.executeQuery()) {
						rs.next();
						if (rs.getBoolean(1)) {
							return true;
						}
					}
				}
				return false;
			}
		});
	}

	record Line(String letters, String typo, int clients, @Nullable Latency http, Latency inProcess, Latency raw) {
	}

	private String table(List<Line> lines, int httpStatus) {
		var t = new StringBuilder();
		t.append("Search, %,d companies + %,d contacts (%,d index words, %,d dictionary words), limit %d, %s requests per line:\n\n"
			.formatted(data.companies(), data.contacts(), data.rows().getOrDefault("search_word", 0L),
					data.rows().getOrDefault("search_term", 0L), LIMIT, classes.isEmpty() ? "" : "%,d".formatted(lines.getFirst().raw().count())));
		t.append("| letters | typo | clients | HTTP p50 | HTTP p99 | in-process p50 | in-process p99 | raw SQL p50 | raw SQL p99 "
				+ "| HTTP/raw p50 | HTTP/raw p99 | in-process/raw p50 | in-process/raw p99 |\n");
		t.append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
		for (var l : lines) {
			var h = l.http() == null ? null : l.http().summary();
			var a = l.inProcess().summary();
			var r = l.raw().summary();
			t.append("| ").append(l.letters()).append(" | ").append(l.typo()).append(" | ").append(l.clients()).append(" | ")
				.append(h == null ? "n/a" : ms(h.p50())).append(" | ").append(h == null ? "n/a" : ms(h.p99())).append(" | ")
				.append(ms(a.p50())).append(" | ").append(ms(a.p99())).append(" | ")
				.append(ms(r.p50())).append(" | ").append(ms(r.p99())).append(" | ")
				.append(h == null ? "–" : ratio(h.p50(), r.p50())).append(" | ").append(h == null ? "–" : ratio(h.p99(), r.p99())).append(" | ")
				.append(ratio(a.p50(), r.p50())).append(" | ").append(ratio(a.p99(), r.p99())).append(" |\n");
		}
		t.append("\nRaw SQL is the bare first query on plain JDBC in a transaction with set_config: for exact prefixes the "
				+ "range on search_word (order by word limit 40), for typos the dictionary words beginning with one edit of the word (a few hundred "
				+ "btree ranges in one statement, limit 12). ");
		t.append(httpStatus == 200 ? "HTTP is GET /api/v1/search?q=...&limit=20 with a bearer API token, one keep-alive connection per client."
				: "HTTP: not available (GET /api/v1/search answered %d): the endpoint is not in this build.".formatted(httpStatus));
		t.append(" Goal: HTTP p99 under 50 ms.\n");
		return t.toString();
	}

	private static String ms(double nanos) {
		return Latency.Summary.millis(nanos);
	}

	private static String ratio(double app, double raw) {
		return raw <= 0 ? "–" : String.format("%.1f×", app / raw);
	}

	private static SplittableRandom random(long seed, int setting, int client) {
		return new SplittableRandom(seed * 1_000_033L + setting * 1013L + client);
	}

	private HttpRequest request(BenchContext ctx, String query) {
		return HttpRequest.newBuilder(ctx.uri("/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&limit=" + LIMIT))
			.header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
	}

	record Probe(int status, String body) {
	}

	private Probe httpAvailable(BenchContext ctx) throws Exception {
		try (var client = ctx.httpClient()) {
			var r = client.send(request(ctx, classes.getFirst().queries()[0]), HttpResponse.BodyHandlers.ofString());
			if (r.statusCode() == 200 && !r.body().contains("\"items\"")) {
				throw new IllegalStateException("GET /api/v1/search answered 200 without items: " + r.body());
			}
			return new Probe(r.statusCode(), r.body());
		}
	}

	/** Picks a random query of a random class among {@code classes}. */
	private static int[] pick(List<QueryClass> classes, SplittableRandom random) {
		int k = random.nextInt(classes.size());
		return new int[] { k, random.nextInt(classes.get(k).queries().length) };
	}

	private final class InProcess implements Load.Client {

		private final SearchIndex search;
		private final TenantId tenant;
		private final List<QueryClass> classes;
		private final SplittableRandom random;

		InProcess(BenchContext ctx, List<QueryClass> classes, SplittableRandom random) {
			this.search = ctx.bean(SearchIndex.class);
			this.tenant = new TenantId(data.tenant());
			this.classes = classes;
			this.random = random;
		}

		@Override
		public void call(int i) {
			var p = pick(classes, random);
			var q = classes.get(p[0]).queries()[p[1]];
			TenantContext.call(tenant, () -> search.find(q, KINDS, LIMIT));
		}
	}

	private final class Http implements Load.Client {

		private final java.net.http.HttpClient http;
		private final List<QueryClass> classes;
		private final HttpRequest[][] requests;
		private final SplittableRandom random;

		Http(BenchContext ctx, List<QueryClass> classes, HttpRequest[][] requests, SplittableRandom random) {
			this.http = ctx.httpClient();
			this.classes = classes;
			this.requests = requests;
			this.random = random;
		}

		@Override
		public void call(int i) throws Exception {
			var p = pick(classes, random);
			var r = http.send(requests[p[0]][p[1]], HttpResponse.BodyHandlers.ofString());
			if (r.statusCode() != 200) {
				throw new IllegalStateException("GET /api/v1/search?q=" + classes.get(p[0]).queries()[p[1]] + " gave "
						+ r.statusCode() + ": " + r.body());
			}
		}

		@Override
		public void close() {
			http.close();
		}
	}

	/** The bare first query of the engine on plain JDBC, in a transaction that sets the tenant. */
	private final class Raw implements Load.Client {

		private final Connection c;
		private final List<QueryClass> classes;
		private final SplittableRandom random;
		private final PreparedStatement tenant;
		private final PreparedStatement prefix;
		private final PreparedStatement similar;

		Raw(BenchContext ctx, List<QueryClass> classes, SplittableRandom random) throws SQLException {
			this.c = ctx.rawConnection();
			this.classes = classes;
			this.random = random;
			c.setAutoCommit(false);
			tenant = c.prepareStatement("select set_config('app.tenant_id', ?, true)");
			prefix = c.prepareStatement("select kind, record_id, word from search_word where tenant_id = ? and word >= ? and word < ? "
					+ "order by word limit 40");
			// SearchWords.beginningWithAny: the dictionary words beginning with one edit of the typed word
			similar = c.prepareStatement("""
					select w.word from unnest(cast(? as text[])) as p (prefix)
					cross join lateral (
					  select t.word from search_term t where t.tenant_id = ? and t.word >= p.prefix and t.word < p.prefix || ?
					  order by t.word limit 3) w
					group by w.word order by max(similarity(w.word, ?)) desc, w.word limit 12""");
		}

		@Override
		public void call(int i) throws Exception {
			var p = pick(classes, random);
			var qc = classes.get(p[0]);
			var word = qc.drivers()[p[1]];
			tenant.setString(1, data.tenant().toString());
			tenant.execute();
			PreparedStatement ps;
			if (qc.typo()) {
				ps = similar;
				ps.setArray(1, c.createArrayOf("text", SearchIndex.oneEditAway(word).toArray()));
				ps.setObject(2, data.tenant());
				ps.setString(3, TOP);
				ps.setString(4, word);
			}
			else {
				ps = prefix;
				ps.setObject(1, data.tenant());
				ps.setString(2, word);
				ps.setString(3, word + TOP);
			}
			try (var rs = ps.executeQuery()) {
				while (rs.next()) {
					rs.getString(1);
				}
			}
			c.commit();
		}

		@Override
		public void close() throws SQLException {
			c.close();
		}
	}

	private String dataSize(BenchContext ctx) throws SQLException {
		return ctx.inTenant(data.tenant(), c -> {
			Map<String, String> sizes = new TreeMap<>();
			try (var st = c.createStatement(); var rs = st.executeQuery("""
					select relname, pg_size_pretty(pg_total_relation_size(oid)) from pg_class
					where relname in ('company', 'person', 'person_channel', 'person_company', 'search_word', 'search_term')""")) {
				while (rs.next()) {
					sizes.put(rs.getString(1), rs.getString(2));
				}
			}
			try (var st = c.createStatement(); var rs = st.executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
				rs.next();
				return sizes.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))
						+ " (tables with indexes); whole database " + rs.getString(1);
			}
		});
	}

	/**
	 * Whether the substring and typo steps can use the trigram index on search_term as the application's role: under
	 * row-level security PostgreSQL only uses a condition as an index condition if its operator is leakproof, and
	 * pg_trgm's {@code %} and text's LIKE are not (unless a superuser marks them so). With a few hundred dictionary
	 * words a scan costs nothing; with a real vocabulary of 10⁵-10⁶ words it costs 0.1-1 s per step.
	 */
	private String dictionaryPlans(BenchContext ctx) throws SQLException {
		return ctx.inTenant(data.tenant(), c -> {
			var t = data.tenant().toString();
			var plans = new ArrayList<String>();
			try (var st = c.createStatement()) {
				st.execute("set local enable_seqscan = off");
				for (var q : List.of(
						"similar (%): select word from search_term where tenant_id = '" + t + "' and word % 'hagen' order by similarity(word, 'hagen') desc limit 12",
						"containing (LIKE): select word from search_term where tenant_id = '" + t + "' and word like '%agen%' order by length(word), word limit 12")) {
					int colon = q.indexOf(": ");
					var plan = new StringBuilder();
					try (var rs = st.executeQuery("explain (costs off) " + q.substring(colon + 2))) {
						while (rs.next()) {
							plan.append(rs.getString(1)).append('\n');
						}
					}
					var text = plan.toString();
					plans.add(q.substring(0, colon) + (text.contains("search_term_trgm_idx") ? " uses search_term_trgm_idx"
							: " cannot use search_term_trgm_idx (" + (text.contains("Seq Scan") ? "Seq Scan" : "scan of the tenant's whole dictionary") + ")"));
				}
				try (var rs = st.executeQuery("select string_agg(proname || (case when proleakproof then ' leakproof' else ' not leakproof' end), ', ' order by proname) "
						+ "from pg_proc where proname in ('similarity_op', 'textlike')")) {
					rs.next();
					plans.add("operators: " + rs.getString(1));
				}
			}
			return String.join("; ", plans);
		});
	}

	private static String settings(BenchContext ctx) throws SQLException {
		try (var c = ctx.rawConnection(); var st = c.createStatement();
				var rs = st.executeQuery("""
						select current_setting('server_version'), current_setting('fsync'), current_setting('shared_buffers'),
						       current_setting('work_mem'), current_setting('max_parallel_workers_per_gather'),
						       coalesce(current_setting('pg_trgm.similarity_threshold', true), '0.3')""")) {
			rs.next();
			return "%s, fsync=%s, shared_buffers=%s, work_mem=%s, max_parallel_workers_per_gather=%s, pg_trgm.similarity_threshold=%s"
				.formatted(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
		}
	}
}

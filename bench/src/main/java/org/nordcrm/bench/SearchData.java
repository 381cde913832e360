package org.nordcrm.bench;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nordcrm.bench.data.NordicData;
import org.nordcrm.search.SearchTerms;
import org.nordcrm.search.SearchText;
import org.nordcrm.security.NewUser;
import org.nordcrm.security.Role;
import org.nordcrm.security.User;
import org.nordcrm.security.UserManagement;
import org.nordcrm.shared.Ids;
import org.nordcrm.shared.PhoneNumbers;
import org.nordcrm.tenancy.TenantManagement;
import org.postgresql.PGConnection;

/**
 * The customer register of one tenant at a chosen size: {@code companies} companies and {@code contacts} contact
 * persons (each working at one of the companies) from {@link NordicData}, with the search index rows the
 * application would write for them ({@link SearchTerms}, as the companies and contacts modules compute them).
 * <p>
 * Rows go in with {@code COPY} as the embedded server's superuser (COPY is refused where row-level security
 * applies), each carrying the tenant's id. When the tables are empty (a new database), their indexes and
 * constraints are dropped first and built again after the data, as {@code pg_restore} does, all in one
 * transaction: a failed load leaves nothing behind. A marker row (table {@value #MARKER}) records each finished
 * load, so a database kept with {@code --data} is loaded once per (companies, contacts, seed, vocabulary). Loading
 * another dataset replaces the previous ones when the tables hold nothing else (they are truncated in the load's
 * transaction), so the fast load into empty tables applies again and the database does not grow with every size.
 */
final class SearchData {

	static final String MARKER = "bench_search_dataset";
	static final String COMPANY = "company";
	static final String PERSON = "person";
	private static final List<String> TABLES = List.of("company", "person", "person_channel", "person_company",
			"search_word", "search_term");
	/** Tables that refer to the loaded ones: they must be empty too before the constraints are dropped. */
	private static final List<String> REFERRING = List.of("company_category", "person_category");

	/** A loaded dataset: its tenant, the user whose API tokens search it, and how it was made. */
	record Dataset(UUID tenant, UUID user, int companies, int contacts, long seed, int vocabulary, Map<String, Long> rows,
			double loadSeconds, String loadedAt, boolean reused) {

		long totalRows() {
			return rows.values().stream().mapToLong(Long::longValue).sum();
		}
	}

	private SearchData() {
	}

	/** The dataset the options ask for, loaded (or found) once per run and shared by the workloads that use it. */
	static Dataset forOptions(BenchContext ctx) throws Exception {
		var o = ctx.options();
		int companies = o.searchCompanies();
		int contacts = o.searchContacts();
		return ctx.dataset("search:" + companies + "/" + contacts + "/" + o.seed() + "/" + o.vocabulary(),
				c -> obtain(c, companies, contacts, o.seed(), o.vocabulary()));
	}

	static Dataset obtain(BenchContext ctx, int companies, int contacts, long seed, int vocabulary) throws Exception {
		try (var su = ctx.superuserConnection(); var st = su.createStatement()) {
			st.execute("""
					create table if not exists %s (
					  tenant_id uuid primary key, user_id uuid not null, companies integer not null, contacts integer not null,
					  seed bigint not null, rows text not null, load_seconds double precision not null,
					  loaded_at timestamptz not null default now())""".formatted(MARKER));
			// datasets loaded before there was a vocabulary option used the built-in name lists: vocabulary 0
			st.execute("alter table " + MARKER + " add column if not exists vocabulary integer not null default 0");
			try (var ps = su.prepareStatement("select tenant_id, user_id, rows, load_seconds, to_char(loaded_at, 'YYYY-MM-DD HH24:MI') from "
					+ MARKER + " where companies = ? and contacts = ? and seed = ? and vocabulary = ? order by loaded_at desc limit 1")) {
				ps.setInt(1, companies);
				ps.setInt(2, contacts);
				ps.setLong(3, seed);
				ps.setInt(4, vocabulary);
				try (var rs = ps.executeQuery()) {
					if (rs.next()) {
						System.out.printf("  search data: %,d companies / %,d contacts (seed %d, vocabulary %,d) already loaded on %s, reused%n",
								companies, contacts, seed, vocabulary, rs.getString(5));
						return new Dataset(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), companies, contacts,
								seed, vocabulary, parseRows(rs.getString(3)), rs.getDouble(4), rs.getString(5), true);
					}
				}
			}
		}
		return load(ctx, companies, contacts, seed, vocabulary);
	}

	private static Dataset load(BenchContext ctx, int companies, int contacts, long seed, int vocabulary) throws Exception {
		if (companies > NordicData.MAX_COMPANIES) {
			throw new IllegalArgumentException("at most " + NordicData.MAX_COMPANIES + " companies");
		}
		long t0 = System.nanoTime();
		// the tenant and its user through the application, as a sign-up would make them
		var email = "search-" + Ids.next().toString().substring(24) + "@bench.nordcrm.test";
		var user = new User[1];
		var tenant = ctx.bean(TenantManagement.class).create("Bench search %d/%d".formatted(companies, contacts),
				t -> user[0] = ctx.bean(UserManagement.class)
					.create(new NewUser(email, "Bench Search", Role.USER, null), BenchContext.ADMIN_PASSWORD, false))
			.value();
		System.out.printf("  loading %,d companies and %,d contacts into tenant %s%n", companies, contacts, tenant);
		var dir = Files.createTempDirectory("nordcrm-bench-load-");
		var names = new NordicData(seed, vocabulary);
		System.out.printf("  names: %s%n", vocabulary == 0 ? "built-in lists only"
				: "%,d generated surnames beside the built-in ones".formatted(names.vocabulary()));
		var generator = new Generator(names, tenant, companies, contacts, dir);
		var companiesDone = new CompletableFuture<Void>();
		var all = CompletableFuture.runAsync(() -> generator.run(companiesDone));
		var rows = new LinkedHashMap<String, Long>();
		try (var su = ctx.superuserConnection()) {
			su.setAutoCommit(false);
			try (var st = su.createStatement()) {
				st.execute("set maintenance_work_mem = '1GB'");
				// generated data is not a user's change: the history triggers stay quiet for this load
				st.execute("set local session_replication_role = replica");
			}
			replacePrevious(su);
			var schema = emptyTables(su) ? Schema.dropFrom(su) : null;
			System.out.println(schema == null ? "  the tables already hold data: COPY with their indexes in place"
					: "  empty tables: indexes and constraints dropped for the load, built again after it");
			var copy = su.unwrap(PGConnection.class).getCopyAPI();
			companiesDone.get();
			rows.put("company", copy(copy, "company (tenant_id, id, customer_number, name, organisation_number, country, phone, email, "
					+ "website, visit_street, visit_postcode, visit_city, visit_country, employees)", dir.resolve("company")));
			long words = copy(copy, "search_word (tenant_id, word, kind, record_id)", dir.resolve("company_words"));
			all.get();
			rows.put("person", copy(copy, "person (tenant_id, id, first_name, last_name, title, birth_date, country)", dir.resolve("person")));
			rows.put("person_channel", copy(copy, "person_channel (tenant_id, person_id, kind, position, value)", dir.resolve("person_channel")));
			rows.put("person_company", copy(copy, "person_company (tenant_id, id, person_id, company_id, position, work_email, employed)",
					dir.resolve("person_company")));
			words += copy(copy, "search_word (tenant_id, word, kind, record_id)", dir.resolve("person_words"));
			rows.put("search_word", words);
			rows.put("search_term", copy(copy, "search_term (tenant_id, word)", dir.resolve("search_term")));
			if (schema != null) {
				long b = System.nanoTime();
				schema.restore(su);
				System.out.printf("  indexes and constraints built in %.1f s%n", (System.nanoTime() - b) / 1e9);
			}
			su.commit();
			su.setAutoCommit(true);
			long v = System.nanoTime();
			try (var st = su.createStatement()) {
				// sets the visibility map (index-only scans) and the planner's statistics, as autovacuum would in time
				st.execute("vacuum (analyze) " + String.join(", ", TABLES));
				st.execute("checkpoint");
			}
			System.out.printf("  vacuum analyze in %.1f s%n", (System.nanoTime() - v) / 1e9);
			double seconds = (System.nanoTime() - t0) / 1e9;
			try (var ps = su.prepareStatement("insert into " + MARKER
					+ " (tenant_id, user_id, companies, contacts, seed, rows, load_seconds, vocabulary) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
				ps.setObject(1, tenant);
				ps.setObject(2, user[0].id().value());
				ps.setInt(3, companies);
				ps.setInt(4, contacts);
				ps.setLong(5, seed);
				ps.setString(6, formatRows(rows));
				ps.setDouble(7, seconds);
				ps.setInt(8, vocabulary);
				ps.executeUpdate();
			}
			return new Dataset(tenant, user[0].id().value(), companies, contacts, seed, vocabulary, rows, seconds, "this run", false);
		}
		finally {
			all.cancel(true);
			try (var files = Files.list(dir)) {
				for (var f : files.toList()) {
					Files.deleteIfExists(f);
				}
			}
			Files.deleteIfExists(dir);
		}
	}

	private static long copy(org.postgresql.copy.CopyManager copy, String target, Path file) throws SQLException, IOException {
		long t = System.nanoTime();
		try (var in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			long n = copy.copyIn("copy " + target + " from stdin", in);
			double s = (System.nanoTime() - t) / 1e9;
			System.out.printf("  COPY %-16s %,12d rows in %6.1f s (%,.0f rows/s)%n", target.substring(0, target.indexOf(' ')), n, s, n / s);
			return n;
		}
	}

	/**
	 * Truncates the tables when all they hold are earlier bench datasets (by their marker rows), in the load's
	 * transaction: a failed load keeps them. Anything else in the tables (another tenant's records) is left alone,
	 * and the load then goes in beside it with the indexes in place.
	 */
	private static void replacePrevious(Connection su) throws SQLException {
		var bench = new HashSet<UUID>();
		try (var st = su.createStatement(); var rs = st.executeQuery("select tenant_id from " + MARKER)) {
			while (rs.next()) {
				bench.add(rs.getObject(1, UUID.class));
			}
		}
		if (bench.isEmpty() || emptyTables(su)) {
			return;
		}
		var all = concat(TABLES, REFERRING);
		for (var t : all) {
			// the distinct tenants, one btree probe each (every table's key begins with tenant_id)
			try (var st = su.createStatement(); var rs = st.executeQuery("""
					with recursive t (id) as (
					  (select tenant_id from %1$s order by tenant_id limit 1)
					  union all
					  select (select tenant_id from %1$s where tenant_id > t.id order by tenant_id limit 1) from t where t.id is not null)
					select id from t where id is not null""".formatted(t))) {
				while (rs.next()) {
					if (!bench.contains(rs.getObject(1, UUID.class))) {
						System.out.printf("  %s holds records of tenant %s (not a bench dataset): the earlier datasets stay%n", t,
								rs.getObject(1, UUID.class));
						return;
					}
				}
			}
		}
		try (var st = su.createStatement()) {
			st.execute("truncate " + String.join(", ", all));
			st.execute("delete from " + MARKER);
		}
		System.out.printf("  earlier search datasets (%d) replaced: tables truncated%n", bench.size());
	}

	private static boolean emptyTables(Connection su) throws SQLException {
		try (var st = su.createStatement()) {
			for (var t : concat(TABLES, REFERRING)) {
				try (var rs = st.executeQuery("select exists (select 1 from " + t + ")")) {
					rs.next();
					if (rs.getBoolean(1)) {
						return false;
					}
				}
			}
		}
		return true;
	}

	private static List<String> concat(List<String> a, List<String> b) {
		var all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	static String formatRows(Map<String, Long> rows) {
		return rows.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
	}

	private static Map<String, Long> parseRows(String text) {
		var rows = new LinkedHashMap<String, Long>();
		for (var part : text.split(",")) {
			int eq = part.indexOf('=');
			if (eq > 0) {
				rows.put(part.substring(0, eq), Long.parseLong(part.substring(eq + 1)));
			}
		}
		return rows;
	}

	/** The indexes and constraints of the loaded tables, as the catalogue defines them: dropped, then made again. */
	private record Schema(List<String> drop, List<String> create) {

		static Schema dropFrom(Connection su) throws SQLException {
			var tables = concat(TABLES, REFERRING).stream().map(t -> "'" + t + "'::regclass").collect(Collectors.joining(", "));
			var drop = new ArrayList<String>();
			var create = new ArrayList<String>();
			var foreign = new ArrayList<String>();
			var dropKeys = new ArrayList<String>();
			try (var st = su.createStatement()) {
				try (var rs = st.executeQuery("""
						select conname, conrelid::regclass::text, pg_get_constraintdef(oid), contype from pg_constraint
						where contype in ('p', 'u', 'f') and (conrelid in (%s) or confrelid in (%s))
						order by contype desc, conname""".formatted(tables, tables))) {
					while (rs.next()) {
						var dropIt = "alter table %s drop constraint %s".formatted(rs.getString(2), rs.getString(1));
						var add = "alter table %s add constraint %s %s".formatted(rs.getString(2), rs.getString(1), rs.getString(3));
						if (rs.getString(4).equals("f")) {
							drop.add(dropIt);
							foreign.add(add);
						}
						else {
							dropKeys.add(dropIt);
							create.add(add);
						}
					}
				}
				drop.addAll(dropKeys);
				try (var rs = st.executeQuery("""
						select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) from pg_index i
						where i.indrelid in (%s)
						  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.contype in ('p', 'u', 'x'))
						order by 1""".formatted(tables))) {
					while (rs.next()) {
						drop.add("drop index " + rs.getString(1));
						create.add(0, rs.getString(2));
					}
				}
				create.addAll(foreign);
				for (var sql : drop) {
					st.execute(sql);
				}
			}
			return new Schema(drop, create);
		}

		void restore(Connection su) throws SQLException {
			try (var st = su.createStatement()) {
				for (var sql : create) {
					long t = System.nanoTime();
					st.execute(sql);
					double s = (System.nanoTime() - t) / 1e9;
					if (s > 1) {
						System.out.printf("    %5.1f s  %s%n", s, sql.length() > 110 ? sql.substring(0, 110) + "..." : sql);
					}
				}
			}
		}
	}

	/**
	 * Writes the rows as COPY text files: companies first (signalled, so their COPY starts while the persons are
	 * made), then persons, their channels, employments and index words, and last the dictionary.
	 */
	private static final class Generator {

		private final NordicData data;
		private final String tenant;
		private final int companies;
		private final int contacts;
		private final Path dir;
		private final long[] companyIdHigh;
		private final long[] companyIdLow;
		private final Set<String> dictionary = new HashSet<>();

		Generator(NordicData data, UUID tenant, int companies, int contacts, Path dir) {
			this.data = data;
			this.tenant = tenant.toString();
			this.companies = companies;
			this.contacts = contacts;
			this.dir = dir;
			this.companyIdHigh = new long[companies];
			this.companyIdLow = new long[companies];
		}

		void run(CompletableFuture<Void> companiesDone) {
			try {
				long t = System.nanoTime();
				writeCompanies();
				System.out.printf("  generated %,d companies in %.1f s%n", companies, (System.nanoTime() - t) / 1e9);
				companiesDone.complete(null);
				t = System.nanoTime();
				writePersons();
				System.out.printf("  generated %,d contacts in %.1f s%n", contacts, (System.nanoTime() - t) / 1e9);
				try (var out = writer("search_term")) {
					for (var w : dictionary) {
						out.row(tenant, w);
					}
				}
			}
			catch (IOException e) {
				companiesDone.completeExceptionally(e);
				throw new UncheckedIOException(e);
			}
			catch (RuntimeException e) {
				companiesDone.completeExceptionally(e);
				throw e;
			}
		}

		private void writeCompanies() throws IOException {
			try (var rows = writer("company"); var words = writer("company_words")) {
				for (int i = 0; i < companies; i++) {
					var c = data.company(i);
					var id = Ids.next();
					companyIdHigh[i] = id.getMostSignificantBits();
					companyIdLow[i] = id.getLeastSignificantBits();
					long customerNumber = 10_000L + i;
					var phone = e164(c.phone(), c.country());
					rows.row(tenant, id.toString(), Long.toString(customerNumber), c.name(), c.organisationNumber(), c.country(),
							phone, c.email(), c.website(), c.street(), c.postcode(), c.city(), c.country(),
							Integer.toString(c.employees()));
					var terms = new SearchTerms().text(c.name(), null)
						.number(customerNumber, c.organisationNumber())
						.phone(phone, null)
						.email(c.email());
					index(words, terms, COMPANY, id.toString());
					progress("companies", i, companies);
				}
			}
		}

		private void writePersons() throws IOException {
			try (var rows = writer("person"); var channels = writer("person_channel");
					var employments = writer("person_company"); var words = writer("person_words")) {
				for (int i = 0; i < contacts; i++) {
					var p = data.person(i, companies);
					var id = Ids.next().toString();
					rows.row(tenant, id, p.firstName(), p.lastName(), p.title(), p.birthDate().toString(), p.country());
					var mobile = e164(p.mobile(), p.country());
					if (mobile != null) {
						channels.row(tenant, id, "MOBILE", "0", mobile);
					}
					int k = (int) p.companyIndex();
					employments.row(tenant, Ids.next().toString(), id, new UUID(companyIdHigh[k], companyIdLow[k]).toString(),
							p.title(), p.email(), "t");
					var terms = new SearchTerms().text(p.firstName(), p.lastName())
						.number((Object) null)
						.phone(mobile)
						.email(p.email());
					index(words, terms, PERSON, id);
					progress("contacts", i, contacts);
				}
			}
		}

		/** The rows the application writes for a record: every word, and its name words into the dictionary. */
		private void index(Tsv words, SearchTerms terms, String kind, String id) throws IOException {
			for (var w : terms.all()) {
				words.row(tenant, w, kind, id);
			}
			for (var w : terms.names()) {
				if (w.length() >= 2 && w.length() <= SearchText.MAX_WORD && !w.chars().allMatch(Character::isDigit)) {
					dictionary.add(w);
				}
			}
		}

		private static @Nullable String e164(String written, String country) {
			return PhoneNumbers.normalise(written, country).orElse(null);
		}

		private static void progress(String what, int i, int total) {
			if (total >= 200_000 && (i + 1) % (total / 5) == 0) {
				System.out.printf("  ... %,d of %,d %s generated%n", i + 1, total, what);
			}
		}

		private Tsv writer(String name) throws IOException {
			return new Tsv(Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8));
		}
	}

	/** PostgreSQL's COPY text format: tab-separated, backslash escapes, {@code \N} for null. */
	private static final class Tsv implements AutoCloseable {

		private final BufferedWriter out;

		Tsv(BufferedWriter out) {
			this.out = out;
		}

		void row(@Nullable String... values) throws IOException {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					out.write('\t');
				}
				var v = values[i];
				if (v == null) {
					out.write("\\N");
				}
				else {
					for (int k = 0; k < v.length(); k++) {
						char ch = v.charAt(k);
						switch (ch) {
							case '\\' -> out.write("\\\\");
							case '\t' -> out.write("\\t");
							case '\n' -> out.write("\\n");
							case '\r' -> out.write("\\r");
							default -> out.write(ch);
						}
					}
				}
			}
			out.write('\n');
		}

		@Override
		public void close() throws IOException {
			out.close();
		}
	}
}

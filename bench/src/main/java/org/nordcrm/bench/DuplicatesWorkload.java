package org.nordcrm.bench;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.nordcrm.shell.DuplicateReason;
import org.nordcrm.shell.DuplicateScans;
import org.nordcrm.shell.LikelyPair;
import org.nordcrm.tenancy.TenantContext;
import org.nordcrm.tenancy.TenantId;

/**
 * The duplicate scan ({@link DuplicateScans}) over the search workload's customer register ({@link SearchData}): the
 * companies and the persons, 50 and 500 pairs, in-process in a tenant transaction. Beside it on raw JDBC, as the
 * floor of any scan over all records, a bare count of the same table's live rows. The generated data repeats
 * e-mail addresses (a company's is post@ its name) but never an organisation number, and persons have no private
 * postcode, so the exact reasons fill the list and the organisation number pass runs to the end finding nothing.
 */
final class DuplicatesWorkload implements Workload {

	private static final List<Integer> LIMITS = List.of(50, 500);
	private static final int WARMUP = 1;
	private static final int CALLS = 3;

	private SearchData.Dataset data;

	@Override
	public String name() {
		return "duplicates";
	}

	@Override
	public String description() {
		return "duplicate scan of companies and persons (50 and 500 likely pairs) over the search data, in-process, "
				+ "beside a bare count of the table's live rows on raw JDBC";
	}

	@Override
	public void prepare(BenchContext ctx) throws Exception {
		data = SearchData.forOptions(ctx);
	}

	@Override
	public void measure(BenchContext ctx, Report.Section out) throws Exception {
		out.fact("data", "%,d companies, %,d contacts in one tenant".formatted(data.companies(), data.contacts()));
		var scans = ctx.bean(DuplicateScans.class);
		var tenant = new TenantId(data.tenant());
		for (var kind : scans.kinds()) {
			var table = kind.equals("company") ? "company" : "person";
			var raw = Load.run(1, CALLS, c -> new Count(ctx, data.tenant(), table));
			for (int limit : LIMITS) {
				var found = TenantContext.call(tenant, () -> scans.scan(kind, String.valueOf(limit)));
				for (int i = 1; i < WARMUP; i++) {
					TenantContext.call(tenant, () -> scans.scan(kind, String.valueOf(limit)));
				}
				var app = Load.run(1, CALLS, c -> i -> TenantContext.call(tenant, () -> scans.scan(kind, String.valueOf(limit))));
				out.row("%s, %d pairs".formatted(kind, limit), app, raw);
				out.fact("%s, %d pairs".formatted(kind, limit), "%d found; reasons: %s; e.g. %s".formatted(found.size(), reasons(found),
						found.isEmpty() ? "none" : found.getFirst().a().name() + " / " + found.getFirst().b().name()));
			}
		}
	}

	private static String reasons(List<LikelyPair> pairs) {
		Map<DuplicateReason, Integer> counts = new TreeMap<>();
		pairs.forEach(p -> p.reasons().forEach(r -> counts.merge(r, 1, Integer::sum)));
		return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
	}

	/** The floor: one pass over the table's live rows of the tenant, as the application's role. */
	private static final class Count implements Load.Client {

		private final java.sql.Connection c;
		private final UUID tenant;
		private final String table;

		Count(BenchContext ctx, UUID tenant, String table) throws java.sql.SQLException {
			this.c = ctx.rawConnection();
			this.tenant = tenant;
			this.table = table;
			c.setAutoCommit(false);
		}

		@Override
		public void call(int i) throws Exception {
			BenchContext.setTenant(c, tenant);
			try (var st = c.createStatement(); var rs = st.executeQuery("select count(*) from " + table + " where deleted_at is null")) {
				rs.next();
			}
			c.commit();
		}

		@Override
		public void close() throws Exception {
			c.close();
		}
	}
}

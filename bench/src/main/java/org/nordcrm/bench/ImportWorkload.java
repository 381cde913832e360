package org.nordcrm.bench;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.nordcrm.bench.data.NordicData;
import org.nordcrm.imports.ImportId;
import org.nordcrm.imports.ImportManagement;
import org.nordcrm.imports.ImportState;
import org.nordcrm.imports.ImportTarget;
import org.nordcrm.shared.Ids;
import org.nordcrm.tenancy.TenantContext;
import org.nordcrm.tenancy.TenantId;
import org.postgresql.PGConnection;

/**
 * An import of generated companies (15 columns) through the real path (upload: read and check the file; run:
 * parse, map, validate, look up duplicates, write with history, search index and folders, in one transaction) into
 * the search data's register, which already holds its companies; as many rows as the register holds. Beside it,
 * raw COPY of the same rows into the same table as the superuser (COPY is refused under row-level security; history triggers firing), rolled back.
 * Figures: rows per second and the peak Java heap during the import.
 */
final class ImportWorkload implements Workload {

	private static final List<String> HEADER = List.of("Name", "Organisation number", "Country", "Phone", "E-mail", "Website",
			"Visit street", "Visit postcode", "Visit city", "Postal street", "Postal postcode", "Postal city", "Employees",
			"Turnover", "Note");

	private SearchData.Dataset data;

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String description() {
		return "import of generated companies (15 columns, as many as the register holds) through ImportManagement into the "
				+ "search data's register, beside raw COPY of the same rows into the same table";
	}

	@Override
	public void prepare(BenchContext ctx) throws Exception {
		data = SearchData.forOptions(ctx);
	}

	@Override
	public void measure(BenchContext ctx, Report.Section out) throws Exception {
		int rows = data.companies();
		var generator = new NordicData(data.seed(), data.vocabulary());
		var dir = Files.createTempDirectory("nordcrm-bench-import");
		var file = dir.resolve("companies.csv");
		var raw = dir.resolve("companies.copy");
		long existing = data.companies();
		try (var csv = Files.newBufferedWriter(file, StandardCharsets.UTF_8); var copy = Files.newBufferedWriter(raw, StandardCharsets.UTF_8)) {
			csv.write(String.join(";", HEADER));
			csv.write('\n');
			for (int i = 0; i < rows; i++) {
				// one row in a hundred is a company the register holds: found as a duplicate and skipped
				var c = generator.company(i % 100 == 99 ? i / 100 : existing + i);
				var values = List.of(c.name(), c.organisationNumber(), c.country(), c.phone(), c.email(), c.website(), c.street(),
						c.postcode(), c.city(), "Postboks " + (i % 900 + 1), c.postcode(), c.city(), String.valueOf(c.employees()),
						String.valueOf(c.employees() * 1_250_000L), "Kunde siden " + (1990 + i % 35));
				csv.write(String.join(";", values));
				csv.write('\n');
				if (i % 100 != 99) {
					row(copy, data.tenant(), 900_000_000L + i, values);
				}
			}
		}
		out.fact("data", "%,d companies in the register; a file of %,d rows, %.1f MB".formatted(existing, rows,
				Files.size(file) / 1e6));

		// the search data is loaded by COPY, past the number series: move the series on, as a real register's is, and
		// make it long enough for the file (the starting series, 10 000-99 999, is too short from 100 000 companies on)
		ctx.inTenant(data.tenant(), c -> {
			try (var st = c.createStatement()) {
				return st.executeUpdate("with used as (select greatest((select coalesce(max(customer_number), 0) + 1 from company), "
						+ "(select coalesce(max(customer_number), 0) + 1 from person)) as next) "
						+ "update number_series set next_number = greatest(next_number, used.next), "
						+ "last_number = greatest(last_number, greatest(next_number, used.next) + " + rows + ") from used where is_default");
			}
		});
		var timed = importFile(ctx, data, ImportTarget.COMPANY, file);
		double upload = timed.upload();
		double run = timed.run();
		var done = timed.job();
		out.fact("application", "%s: %,d created, %,d skipped, %,d failed; upload (read, check) %.1f s, run %.1f s, %,.0f rows/s "
			.formatted(done.state(), done.created(), done.skipped(), done.failed(), upload, run, rows / run)
				+ "(%,.0f rows/s with the upload); peak heap %,d MB".formatted(rows / (upload + run), timed.peakHeap() >> 20));

		var copied = copy(ctx, raw, "copy company (tenant_id, id, customer_number, name, organisation_number, country, phone, email, "
				+ "website, visit_street, visit_postcode, visit_city, postal_street, postal_postcode, postal_city, employees, turnover, "
				+ "note) from stdin with (format csv)");
		double copySeconds = copied.seconds();
		out.fact("raw COPY", "%,d rows in %.1f s, %,.0f rows/s (history triggers firing; rolled back)".formatted(copied.rows(),
				copySeconds, copied.rows() / copySeconds));
		out.fact("ratio", "import run at %.2f of raw COPY's speed (%.2f with the upload)".formatted(copySeconds / run * rows / copied.rows(),
				copySeconds / (upload + run) * rows / copied.rows()));
		Files.deleteIfExists(file);
		Files.deleteIfExists(raw);
		Files.deleteIfExists(dir);
	}

	private static void row(BufferedWriter out, UUID tenant, long number, List<String> v) throws java.io.IOException {
		var phone = v.get(3).replaceAll("[^+0-9]", "");
		// time-ordered ids (UUIDv7), as the application makes them: random ones would scatter the key's inserts
		var fields = List.of(tenant.toString(), Ids.next().toString(), String.valueOf(number), v.get(0), v.get(1).replaceAll("[^0-9]", ""),
				v.get(2), phone, v.get(4), "https://" + v.get(5), v.get(6), v.get(7), v.get(8), v.get(9), v.get(10), v.get(11), v.get(12),
				v.get(13), v.get(14));
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write('"');
			out.write(fields.get(i).replace("\"", "\"\""));
			out.write('"');
		}
		out.write('\n');
	}

	/** An import as it ended, the seconds its upload and its run took, and the peak Java heap meanwhile. */
	record Timed(org.nordcrm.imports.ImportJob job, double upload, double run, long peakHeap) {
	}

	/** Uploads and runs an import of {@code file} into the data's tenant as its user, and waits for its end. */
	static Timed importFile(BenchContext ctx, SearchData.Dataset data, ImportTarget target, Path file) throws InterruptedException {
		var imports = ctx.bean(ImportManagement.class);
		var tenant = new TenantId(data.tenant());
		System.gc();
		resetPeaks();
		long t0 = System.nanoTime();
		var job = TenantContext.callAs(tenant, data.user(), TenantContext.UI,
				() -> imports.upload(target, file.getFileName().toString(), uncheck(() -> Files.newInputStream(file))));
		long t1 = System.nanoTime();
		TenantContext.callAs(tenant, data.user(), TenantContext.UI, () -> imports.start(job.id()));
		var done = waitFor(imports, tenant, job.id());
		long t2 = System.nanoTime();
		return new Timed(done, (t1 - t0) / 1e9, (t2 - t1) / 1e9, heapPeak());
	}

	/** Rows copied and the seconds it took. */
	record Copied(long rows, double seconds) {
	}

	/**
	 * Raw COPY of the file {@code raw} with {@code sql}, rolled back. COPY is refused under row-level security, so it runs
	 * as the superuser (the triggers fire all the same).
	 */
	static Copied copy(BenchContext ctx, Path raw, String sql) throws java.sql.SQLException, java.io.IOException {
		try (var c = ctx.superuserConnection()) {
			c.setAutoCommit(false);
			long s = System.nanoTime();
			long copied;
			try (var in = Files.newBufferedReader(raw, StandardCharsets.UTF_8)) {
				copied = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, in);
			}
			double seconds = (System.nanoTime() - s) / 1e9;
			c.rollback();
			return new Copied(copied, seconds);
		}
	}

	private static org.nordcrm.imports.ImportJob waitFor(ImportManagement imports, TenantId tenant, ImportId id) throws InterruptedException {
		while (true) {
			var job = TenantContext.call(tenant, () -> imports.get(id));
			if (job.state() != ImportState.RUNNING) {
				return job;
			}
			Thread.sleep(200);
		}
	}

	private static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
			.forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
	}

	private static long heapPeak() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
			.mapToLong(p -> p.getPeakUsage().getUsed()).sum();
	}

	interface Io<T> {
		T get() throws java.io.IOException;
	}

	static <T> T uncheck(Io<T> io) {
		try {
			return io.get();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}

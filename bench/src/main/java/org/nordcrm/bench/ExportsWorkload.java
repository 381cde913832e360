package org.nordcrm.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.nordcrm.companies.internal.CompanyExport;
import org.nordcrm.exports.ExportFormat;
import org.nordcrm.exports.ExportManagement;
import org.nordcrm.shell.SearchQuery;
import org.nordcrm.tenancy.TenantContext;
import org.nordcrm.tenancy.TenantId;
import org.postgresql.PGConnection;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The whole companies list of the search data exported as the application does it (the search page's "Export
 * CSV" / "Export XLSX" with kind=company and no filter: every live company in name order, with status, industry
 * and owner names), in-process into a stream that counts and drops the bytes, in Norwegian. Beside it on raw JDBC:
 * {@code COPY (select the same columns, joined, in the same order) TO STDOUT} as CSV. The peak Java heap in use is
 * sampled while the export runs.
 */
final class ExportsWorkload implements Workload {

	private static final String COPY = """
			copy (select c.customer_number, c.name, c.nickname, c.organisation_number, coalesce(c.visit_city, c.postal_city),
			             c.phone, c.email, s.name, i.name, u.name, c.employees, c.turnover, c.turnover_currency,
			             (c.created_at at time zone 'Europe/Oslo')::date
			        from company c
			        left join company_status s on s.tenant_id = c.tenant_id and s.id = c.status_id
			        left join industry i on i.tenant_id = c.tenant_id and i.id = c.industry_id
			        left join app_user u on u.tenant_id = c.tenant_id and u.id = c.owner_id
			       where c.deleted_at is null
			       order by c.name, c.id) to stdout (format csv, delimiter ';', header)""";

	private SearchData.Dataset data;

	@Override
	public String name() {
		return "exports";
	}

	@Override
	public String description() {
		return "the whole companies list as CSV and XLSX through ExportManagement (in-process, bytes counted and dropped), "
				+ "beside raw COPY (select ... the same columns) TO STDOUT; peak heap sampled";
	}

	@Override
	public void prepare(BenchContext ctx) throws Exception {
		data = SearchData.forOptions(ctx);
	}

	@Override
	public void measure(BenchContext ctx, Report.Section out) throws Exception {
		out.fact("data", "%,d companies in one tenant; max heap %,d MB".formatted(data.companies(),
				Runtime.getRuntime().maxMemory() >> 20));
		var bytes = new AtomicLong();
		var raw = Load.run(1, 1, c -> new Copy(ctx, data.tenant(), bytes));
		out.fact("raw COPY", "%,d bytes".formatted(bytes.get()));
		for (var format : ExportFormat.values()) {
			var written = new AtomicLong();
			var rows = new AtomicLong();
			var heap = new HeapSampler();
			var app = Load.run(1, 1, c -> i -> rows.set(export(ctx, format, written)));
			heap.stop();
			out.row("companies list, " + format, app, raw);
			out.fact(format.toString(), "%,d rows, %,d bytes, %.0f rows/s; heap in use before %,d MB, peak during %,d MB".formatted(
					rows.get(), written.get(), rows.get() / (app.summary().mean() / 1e9), heap.before >> 20, heap.peak() >> 20));
		}
	}

	private long export(BenchContext ctx, ExportFormat format, AtomicLong written) {
		return TenantContext.call(new TenantId(data.tenant()), () -> {
			LocaleContextHolder.setLocale(Locale.forLanguageTag("nb"));
			try {
				var table = ctx.bean(CompanyExport.class).table(new SearchQuery("", "company", null, null, null, null), 1000);
				return ctx.bean(ExportManagement.class).write(table, format, new Counting(written));
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
			finally {
				LocaleContextHolder.resetLocaleContext();
			}
		});
	}

	/** Counts the bytes and drops them, as a fast client would take them. */
	private static final class Counting extends OutputStream {

		private final AtomicLong count;

		Counting(AtomicLong count) {
			this.count = count;
		}

		@Override
		public void write(int b) {
			count.incrementAndGet();
		}

		@Override
		public void write(byte[] b, int off, int len) {
			count.addAndGet(len);
		}
	}

	/** The heap in use, every 20 ms, on a thread of its own; starts after a GC so "before" is what is live. */
	private static final class HeapSampler {

		private final long before;
		private volatile long peak;
		private volatile boolean running = true;
		private final Thread thread;

		HeapSampler() {
			System.gc();
			var memory = ManagementFactory.getMemoryMXBean();
			before = memory.getHeapMemoryUsage().getUsed();
			thread = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
				while (running) {
					peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
					try {
						Thread.sleep(20);
					}
					catch (InterruptedException e) {
						return;
					}
				}
			});
		}

		void stop() throws InterruptedException {
			running = false;
			thread.join();
		}

		long peak() {
			return peak;
		}
	}

	private static final class Copy implements Load.Client {

		private final java.sql.Connection c;
		private final UUID tenant;
		private final AtomicLong bytes;

		Copy(BenchContext ctx, UUID tenant, AtomicLong bytes) throws java.sql.SQLException {
			this.c = ctx.rawConnection();
			this.tenant = tenant;
			this.bytes = bytes;
			c.setAutoCommit(false);
		}

		@Override
		public void call(int i) throws Exception {
			BenchContext.setTenant(c, tenant);
			bytes.set(0);
			c.unwrap(PGConnection.class).getCopyAPI().copyOut(COPY, new Counting(bytes));
			c.commit();
		}

		@Override
		public void close() throws Exception {
			c.close();
		}
	}
}

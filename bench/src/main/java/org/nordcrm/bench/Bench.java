package org.nordcrm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * {@code ./crm bench}: starts NordCRM in this JVM with an embedded PostgreSQL, runs the workloads (all, or
 * those named by {@code --only}), prints a table of the application's figures beside raw PostgreSQL doing the
 * same work, and writes it to {@code target/bench/results.md}. Figures only: nothing passes or fails.
 */
public final class Bench {

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		long t0 = System.nanoTime();
		Options options;
		try {
			options = Options.parse(args);
			if (options.help()) {
				System.out.print(Options.USAGE);
				return;
			}
			if (options.list()) {
				Workloads.ALL.forEach(w -> System.out.printf("%-16s %s%n", w.name(), w.description()));
				return;
			}
			var selected = Workloads.select(options.only());
			run(options, selected, t0);
		}
		catch (Options.UsageException e) {
			System.err.println(e.getMessage());
			System.err.print(Options.USAGE);
			throw e;
		}
	}

	private static void run(Options options, java.util.List<Workload> workloads, long t0) throws Exception {
		var report = new Report();
		report.header("date", ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z")));
		report.header("commit", gitCommit());
		report.header("machine", Runtime.getRuntime().availableProcessors() + " cores, JVM " + Runtime.version()
				+ ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
		report.header("options", "size " + options.sizeName() + ", " + options.requests() + " requests per setting, "
				+ options.warmup() + " warm-up, clients " + options.clients()
				+ (options.appProperties().isEmpty() ? "" : ", app properties " + options.appProperties()));
		report.header("load average at start", loadAverage());
		System.out.println("Starting NordCRM with an embedded PostgreSQL...");
		try (var ctx = BenchContext.start(options)) {
			System.out.printf("Started in %.1f s on %s (database %s)%n", seconds(t0), ctx.uri("/"), ctx.jdbcUrl());
			report.header("application start", String.format("%.1f s", seconds(t0)));
			for (var w : workloads) {
				System.out.printf("%n== %s: %s%n", w.name(), w.description());
				var section = report.section(w);
				try {
					long p = System.nanoTime();
					w.prepare(ctx);
					section.fact("prepare time", String.format("%.1f s", seconds(p)));
					long m = System.nanoTime();
					w.measure(ctx, section);
					section.fact("measure time", String.format("%.1f s", seconds(m)));
				}
				catch (Exception e) {
					// a broken workload is reported, and the others still run
					e.printStackTrace();
					section.failed(e.toString());
				}
			}
			report.header("load average at end", loadAverage());
			report.header("total run time", String.format("%.1f s (before shutdown)", seconds(t0)));
			System.out.println();
			System.out.print(report.table());
			System.out.println(Report.LEGEND);
			System.out.print(report.blocks());
			report.write(options.out());
			System.out.println("Results written to " + options.out().toAbsolutePath().normalize());
		}
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	/** Other work on the machine disturbs the figures: the 1, 5 and 15 minute load averages say how much. */
	private static String loadAverage() {
		try {
			var parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return parts[0] + " " + parts[1] + " " + parts[2] + " (1/5/15 min; " + Runtime.getRuntime().availableProcessors()
					+ " cores)";
		}
		catch (IOException | RuntimeException e) {
			return "unknown";
		}
	}

	private static String gitCommit() {
		try {
			var p = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
			var out = new String(p.getInputStream().readAllBytes()).trim();
			var dirty = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no").start();
			var changes = new String(dirty.getInputStream().readAllBytes()).trim();
			return p.waitFor() == 0 ? out + (changes.isEmpty() ? "" : " (with uncommitted changes)") : "unknown";
		}
		catch (IOException | InterruptedException e) {
			return "unknown";
		}
	}
}

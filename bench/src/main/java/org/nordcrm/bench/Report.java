package org.nordcrm.bench;

import static org.nordcrm.bench.Latency.Summary.millis;
import static org.nordcrm.bench.Latency.Summary.perSecond;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The figures of one run: per workload some facts (data size, notes) and rows of the application's figure
 * beside raw PostgreSQL doing the same work. Rendered as a Markdown table, printed and written to a file.
 */
public final class Report {

	/** One measured setting: the application's latencies, and raw PostgreSQL's for the same work (if any). */
	public record Row(String workload, String setting, Latency.Summary app, Latency.@Nullable Summary raw) {
	}

	public final class Section {

		private final Workload workload;
		private final Map<String, String> facts = new LinkedHashMap<>();
		private final List<String> notes = new ArrayList<>();
		private final List<String> blocks = new ArrayList<>();
		private @Nullable String failure;

		Section(Workload workload) {
			this.workload = workload;
		}

		public void fact(String name, String value) {
			facts.put(name, value);
			System.out.printf("  %s: %s%n", name, value);
		}

		public void note(String text) {
			notes.add(text);
			System.out.println("  note: " + text);
		}

		/** A block of Markdown (e.g. a workload's own table), printed now and written under the workload's facts. */
		public void block(String markdown) {
			blocks.add(markdown);
			System.out.println();
			System.out.println(markdown);
		}

		/** Records one setting's figures and prints them at once. */
		public void row(String setting, Latency app, @Nullable Latency raw) {
			var r = new Row(workload.name(), setting, app.summary(), raw == null ? null : raw.summary());
			rows.add(r);
			System.out.printf("  %-32s app %s%n", setting, r.app());
			if (r.raw() != null) {
				System.out.printf("  %-32s raw %s%n", "", r.raw());
			}
		}

		void failed(String message) {
			failure = message;
		}
	}

	private final List<Section> sections = new ArrayList<>();
	private final List<Row> rows = new ArrayList<>();
	private final Map<String, String> header = new LinkedHashMap<>();

	public void header(String name, String value) {
		header.put(name, value);
	}

	Section section(Workload w) {
		var s = new Section(w);
		sections.add(s);
		return s;
	}

	public String table() {
		var t = new StringBuilder();
		t.append("| workload | setting | requests | app p50 | app p99 | app mean | app throughput | app JVM CPU/req | raw p50 | raw p99 | raw throughput | raw JVM CPU/req | p50 × | p99 × | per-request cost × |\n");
		t.append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
		for (var r : rows) {
			var a = r.app();
			var b = r.raw();
			t.append("| ").append(r.workload()).append(" | ").append(r.setting()).append(" | ").append(a.count())
				.append(" | ").append(millis(a.p50())).append(" | ").append(millis(a.p99())).append(" | ").append(millis(a.mean()))
				.append(" | ").append(perSecond(a.throughput())).append(" | ").append(cpu(a)).append(" | ");
			if (b == null) {
				t.append("– | – | – | – | – | – | – |\n");
			}
			else {
				t.append(millis(b.p50())).append(" | ").append(millis(b.p99())).append(" | ").append(perSecond(b.throughput()))
					.append(" | ").append(cpu(b))
					.append(" | ").append(ratio(a.p50(), b.p50())).append(" | ").append(ratio(a.p99(), b.p99()))
					.append(" | ").append(ratio(b.throughput(), a.throughput())).append(" |\n");
			}
		}
		return t.toString();
	}

	private static String cpu(Latency.Summary s) {
		return s.cpuPerOp() < 0 ? "–" : millis(s.cpuPerOp());
	}

	private static String ratio(double app, double raw) {
		return raw <= 0 ? "–" : String.format("%.1f×", app / raw);
	}

	static final String LEGEND = "Ratios (×) are application ÷ raw PostgreSQL for latency and raw ÷ application for throughput "
			+ "(\"per-request cost\"): how many times raw PostgreSQL's cost for the same work the application takes. "
			+ "JVM CPU/req is the CPU time the whole bench JVM used (application, HTTP or JDBC clients, harness, JIT; "
			+ "not PostgreSQL) per request. Other load on the machine (see load average) moves every figure; "
			+ "compare ratios from the same run. "
			+ "Benchmarks report figures; they never pass or fail.";

	/** The workloads' own tables, for the end of the printed output. */
	public String blocks() {
		var all = new StringBuilder();
		for (var s : sections) {
			for (var b : s.blocks) {
				all.append('\n').append(b).append('\n');
			}
		}
		return all.toString();
	}

	public String markdown() {
		var md = new StringBuilder("# NordCRM benchmark results\n\n");
		header.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
		md.append("\n").append(table()).append('\n');
		md.append(LEGEND).append('\n');
		for (var s : sections) {
			md.append("\n## ").append(s.workload.name()).append("\n\n").append(s.workload.description()).append("\n\n");
			if (s.failure != null) {
				md.append("**Failed:** ").append(s.failure).append("\n\n");
			}
			s.facts.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
			for (var n : s.notes) {
				md.append("- note: ").append(n).append('\n');
			}
			for (var b : s.blocks) {
				md.append('\n').append(b).append('\n');
			}
		}
		return md.toString();
	}

	public void write(Path file) throws IOException {
		if (file.getParent() != null) {
			Files.createDirectories(file.getParent());
		}
		Files.writeString(file, markdown());
	}
}

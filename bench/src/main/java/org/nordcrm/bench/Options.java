package org.nordcrm.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Command-line options of {@code ./crm bench}. Both {@code --name value} and {@code --name=value} work.
 *
 * @param only workloads to run (all when empty)
 * @param size scale factor for generated data: {@code tiny} 0.02, {@code small} 0.1, {@code default} 1,
 *        {@code large} 10, or a number
 * @param requests measured requests per setting
 * @param warmup warm-up requests before measuring (per workload)
 * @param clients the concurrency settings to measure
 * @param seed random seed, so runs pick the same users
 * @param out where the latest results are written as Markdown
 * @param appProperties extra application properties ({@code --set key=value}), for experiments
 * @param data where the embedded database is kept between runs ({@code --data}); null: a fresh one every run
 * @param companies companies for the search data ({@code --companies}); 0: 1 000 000 scaled by {@code --size}
 * @param contacts contact persons for the search data ({@code --contacts}); 0: 3 000 000 scaled by {@code --size}
 * @param vocabulary generated surnames beside the common ones in the search data ({@code --vocabulary}); 0: the
 *        built-in name lists only (a few hundred distinct name words)
 */
record Options(List<String> only, double size, String sizeName, int requests, int warmup, List<Integer> clients,
		long seed, Path out, Map<String, String> appProperties, @Nullable Path data, int companies, int contacts,
		int vocabulary, boolean list, boolean help) {

	static final String USAGE = """
			./crm bench [options]      benchmarks: figures beside raw PostgreSQL, never pass/fail
			  --only a,b          run only these workloads (see --list)
			  --size S            data scale: tiny (0.02), small (0.1), default (1), large (10), or a factor
			  --requests N        measured requests per setting (default 5000)
			  --warmup N          warm-up requests per workload (default 5000)
			  --clients 1,4       concurrent client settings (default 1,4)
			  --seed N            random seed (default 42)
			  --out FILE          results file (default target/bench/results.md)
			  --set key=value     extra application property, e.g. --set server.tomcat.max-keep-alive-requests=-1
			  --data DIR          keep the embedded database in DIR between runs (loaded search data is reused);
			                      default: a fresh database in target/bench-data, removed at the end
			  --companies N       companies in the search data (default 1000000 x --size)
			  --contacts N        contact persons in the search data (default 3000000 x --size)
			  --vocabulary N      distinct generated surnames in the search data, so the dictionary of name words
			                      reaches about N at full size (default 300000; 0: built-in lists, ~550 words)
			  --list              list the workloads
			  --help
			""";

	static final class UsageException extends RuntimeException {

		UsageException(String message) {
			super(message);
		}
	}

	static Options parse(String... args) {
		List<String> only = new ArrayList<>();
		double size = 1;
		String sizeName = "default";
		int requests = 5000;
		int warmup = 5000;
		List<Integer> clients = List.of(1, 4);
		long seed = 42;
		Path out = Path.of("target/bench/results.md");
		Map<String, String> props = new LinkedHashMap<>();
		Path data = null;
		int companies = 0;
		int contacts = 0;
		int vocabulary = 300_000;
		boolean list = false;
		boolean help = false;
		var queue = new ArrayList<String>();
		for (var a : args) {
			// exec.args may arrive as one string
			queue.addAll(Arrays.stream(a.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList());
		}
		for (int i = 0; i < queue.size(); i++) {
			var arg = queue.get(i);
			String name = arg;
			String value = null;
			int eq = arg.indexOf('=');
			if (arg.startsWith("--") && eq > 0) {
				name = arg.substring(0, eq);
				value = arg.substring(eq + 1);
			}
			switch (name) {
				case "--help", "-h" -> help = true;
				case "--list" -> list = true;
				case "--only" -> {
					value = value != null ? value : next(queue, ++i, name);
					Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(only::add);
				}
				case "--size" -> {
					sizeName = value != null ? value : next(queue, ++i, name);
					size = switch (sizeName) {
						case "tiny" -> 0.02;
						case "small" -> 0.1;
						case "default", "full" -> 1;
						case "large" -> 10;
						default -> positive(sizeName, name);
					};
				}
				case "--requests" -> requests = (int) positive(value != null ? value : next(queue, ++i, name), name);
				case "--warmup" -> warmup = (int) nonNegative(value != null ? value : next(queue, ++i, name), name);
				case "--clients" -> clients = Arrays.stream((value != null ? value : next(queue, ++i, name)).split(","))
					.map(s -> (int) positive(s.trim(), "--clients")).toList();
				case "--seed" -> seed = Long.parseLong(value != null ? value : next(queue, ++i, name));
				case "--data" -> data = Path.of(value != null ? value : next(queue, ++i, name));
				case "--companies" -> companies = (int) positive(value != null ? value : next(queue, ++i, name), name);
				case "--contacts" -> contacts = (int) positive(value != null ? value : next(queue, ++i, name), name);
				case "--vocabulary" -> {
					vocabulary = (int) nonNegative(value != null ? value : next(queue, ++i, name), name);
					if (vocabulary == 1 || vocabulary > org.nordcrm.bench.data.Vocabulary.MAX_SIZE) {
						throw new UsageException("--vocabulary takes 0 or 2 to " + org.nordcrm.bench.data.Vocabulary.MAX_SIZE);
					}
				}
				case "--out" -> out = Path.of(value != null ? value : next(queue, ++i, name));
				case "--set" -> {
					var kv = value != null ? value : next(queue, ++i, name);
					int e = kv.indexOf('=');
					if (e <= 0) {
						throw new UsageException("--set needs key=value, not '" + kv + "'");
					}
					props.put(kv.substring(0, e), kv.substring(e + 1));
				}
				default -> throw new UsageException("unknown option '" + arg + "'");
			}
		}
		return new Options(List.copyOf(only), size, sizeName, requests, warmup, clients, seed, out, props, data, companies, contacts,
				vocabulary, list, help);
	}

	/** Companies in the search data: {@code --companies}, else 1 000 000 scaled by {@code --size}. */
	int searchCompanies() {
		return companies > 0 ? companies : scaled(1_000_000);
	}

	/** Contact persons in the search data: {@code --contacts}, else 3 000 000 scaled by {@code --size}. */
	int searchContacts() {
		return contacts > 0 ? contacts : scaled(3_000_000);
	}

	/** {@code n} scaled by {@code --size}, at least 1. */
	int scaled(int n) {
		return (int) Math.max(1, Math.round(n * size));
	}

	private static String next(List<String> args, int i, String option) {
		if (i >= args.size()) {
			throw new UsageException(option + " needs a value");
		}
		return args.get(i);
	}

	private static double positive(String s, String option) {
		double v = nonNegative(s, option);
		if (v <= 0) {
			throw new UsageException(option + " must be above 0, not '" + s + "'");
		}
		return v;
	}

	private static double nonNegative(String s, String option) {
		try {
			double v = Double.parseDouble(s);
			if (v < 0) {
				throw new NumberFormatException();
			}
			return v;
		}
		catch (NumberFormatException e) {
			throw new UsageException(option + " takes a number, not '" + s + "'");
		}
	}
}

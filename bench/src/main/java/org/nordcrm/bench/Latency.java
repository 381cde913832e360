package org.nordcrm.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Latency samples in nanoseconds from one client thread (not thread-safe: give each client its own and
 * {@link #merge} them), and the wall-clock time they were taken over, for throughput.
 */
public final class Latency {

	private long[] samples;
	private int count;
	private long wallNanos;
	private long cpuNanos = -1;

	public Latency(int expected) {
		samples = new long[Math.max(16, expected)];
	}

	public void record(long nanos) {
		if (count == samples.length) {
			samples = Arrays.copyOf(samples, samples.length * 2);
		}
		samples[count++] = nanos;
	}

	/** Times one call and records it. */
	public <E extends Exception> void time(Call<E> call) throws E {
		long t0 = System.nanoTime();
		call.run();
		record(System.nanoTime() - t0);
	}

	@FunctionalInterface
	public interface Call<E extends Exception> {

		void run() throws E;
	}

	public int count() {
		return count;
	}

	/** The wall-clock time the samples were taken over; throughput is count / wall time. */
	public Latency wall(long nanos) {
		this.wallNanos = nanos;
		return this;
	}

	/**
	 * CPU time this whole JVM used while the samples were taken (the application, its clients and the
	 * harness; not PostgreSQL): a figure that a busy machine disturbs less than latency.
	 */
	public Latency cpu(long nanos) {
		this.cpuNanos = nanos;
		return this;
	}

	/** All clients' samples together, over the wall-clock time of the whole run. */
	public static Latency merge(List<Latency> parts, long wallNanos) {
		int n = parts.stream().mapToInt(Latency::count).sum();
		var all = new Latency(n);
		for (var p : parts) {
			System.arraycopy(p.samples, 0, all.samples, all.count, p.count);
			all.count += p.count;
		}
		return all.wall(wallNanos);
	}

	public Summary summary() {
		if (count == 0) {
			return new Summary(0, 0, 0, 0, 0, 0, -1);
		}
		long[] sorted = Arrays.copyOf(samples, count);
		Arrays.sort(sorted);
		double sum = 0;
		for (long s : sorted) {
			sum += s;
		}
		long wall = wallNanos > 0 ? wallNanos : (long) sum;
		return new Summary(count, percentile(sorted, 50), percentile(sorted, 99), sum / count, sorted[count - 1],
				count / (wall / 1e9), cpuNanos < 0 ? -1 : (double) cpuNanos / count);
	}

	/** Nearest-rank percentile. */
	private static long percentile(long[] sorted, double p) {
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
	}

	/**
	 * Latencies in nanoseconds; throughput in operations per second of wall-clock time; JVM CPU nanoseconds per
	 * operation (-1 if not measured).
	 */
	public record Summary(int count, long p50, long p99, double mean, long max, double throughput, double cpuPerOp) {

		public static String millis(double nanos) {
			double ms = nanos / 1e6;
			return ms >= 100 ? String.format("%.0f ms", ms) : ms >= 10 ? String.format("%.1f ms", ms)
					: String.format("%.3f ms", ms);
		}

		public static String perSecond(double ops) {
			return ops >= 100 ? String.format("%,.0f/s", ops) : String.format("%.1f/s", ops);
		}

		@Override
		public String toString() {
			return "n=%d p50=%s p99=%s mean=%s max=%s %s%s".formatted(count, millis(p50), millis(p99), millis(mean),
					millis(max), perSecond(throughput), cpuPerOp < 0 ? "" : " jvm-cpu/op=" + millis(cpuPerOp));
		}
	}
}

package org.nordcrm.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs {@code total} calls spread over {@code clients} threads, each with a client of its own opened before the
 * clock starts, and returns every call's latency over the wall-clock time of the whole run.
 */
public final class Load {

	/** One client's connection(s) and state; {@code call} does one unit of work, {@code i} counting from 0. */
	public interface Client extends AutoCloseable {

		void call(int i) throws Exception;

		@Override
		default void close() throws Exception {
		}
	}

	@FunctionalInterface
	public interface ClientFactory {

		Client open(int clientIndex) throws Exception;
	}

	private Load() {
	}

	public static Latency run(int clients, int total, ClientFactory factory) throws Exception {
		var opened = new ArrayList<Client>();
		try {
			for (int c = 0; c < clients; c++) {
				opened.add(factory.open(c));
			}
			var parts = new ArrayList<Latency>();
			var threads = new ArrayList<Thread>();
			var start = new CountDownLatch(1);
			var failure = new AtomicReference<Throwable>();
			for (int c = 0; c < clients; c++) {
				int share = total / clients + (c < total % clients ? 1 : 0);
				var client = opened.get(c);
				var latency = new Latency(share);
				parts.add(latency);
				threads.add(Thread.ofPlatform().name("bench-client-" + c).start(() -> {
					try {
						start.await();
						for (int i = 0; i < share && failure.get() == null; i++) {
							int n = i;
							latency.time(() -> client.call(n));
						}
					}
					catch (Throwable e) {
						failure.compareAndSet(null, e);
					}
				}));
			}
			long cpu0 = processCpuNanos();
			long t0 = System.nanoTime();
			start.countDown();
			for (var t : threads) {
				t.join();
			}
			long wall = System.nanoTime() - t0;
			long cpu = processCpuNanos() - cpu0;
			if (failure.get() != null) {
				throw new IllegalStateException("a client failed: " + failure.get(), failure.get());
			}
			return Latency.merge(parts, wall).cpu(cpu0 < 0 ? -1 : cpu);
		}
		finally {
			for (var c : opened) {
				c.close();
			}
		}
	}

	private static long processCpuNanos() {
		return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
				? os.getProcessCpuTime() : -1;
	}

	/** {@link #run} for every setting in {@code clients}, e.g. 1 then 4. */
	public static List<Latency> runEach(List<Integer> clients, int total, ClientFactory factory) throws Exception {
		var results = new ArrayList<Latency>();
		for (int c : clients) {
			results.add(run(c, total, factory));
		}
		return results;
	}
}

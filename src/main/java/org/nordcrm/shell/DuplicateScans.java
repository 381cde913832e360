package org.nordcrm.shell;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.nordcrm.shared.Checks;
import org.nordcrm.shared.RecordNotFound;
import org.nordcrm.shell.internal.DuplicateScanRuns;
import org.nordcrm.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** The duplicate scans of all modules, by kind, with the caller's kind and limit checked. */
@Service
public class DuplicateScans {

	public static final int DEFAULT_LIMIT = 50;
	public static final int MAX_LIMIT = 500;

	private static final Logger log = LoggerFactory.getLogger(DuplicateScans.class);

	private final List<DuplicateScan> scans;
	private final DuplicateScanRuns runs;
	private final Executor executor;
	private final Duration wait;

	/** {@code wait}: how long a request waits for a scan it started before answering "still running". */
	DuplicateScans(List<DuplicateScan> scans, DuplicateScanRuns runs, @Qualifier("applicationTaskExecutor") Executor executor,
			@Value("${nordcrm.duplicates.wait:3s}") Duration wait) {
		this.scans = scans;
		this.runs = runs;
		this.executor = executor;
		this.wait = wait;
	}

	/** The kinds that can be scanned, in a fixed order. */
	public List<String> kinds() {
		return scans.stream().map(DuplicateScan::kind).sorted().toList();
	}

	/**
	 * A scan as the page and the API see it: running (its pairs come later, ask again with its id) or done.
	 *
	 * @param pairs at most the limit asked for, strongest first
	 */
	public record Result(UUID id, String kind, String state, OffsetDateTime startedAt, @Nullable OffsetDateTime finishedAt,
			List<LikelyPair> pairs) {

		public boolean running() {
			return state.equals("RUNNING");
		}
	}

	/**
	 * Scans one kind for likely pairs, or joins the scan of that kind already under way, and waits a moment for it:
	 * a small register is done by then, a large one is still running and its result is asked for again with
	 * {@link #result}. {@code kind} and {@code limit} are as the caller wrote them (limit empty: the default);
	 * anything else than a known kind and a whole number from 1 to {@value #MAX_LIMIT} is a field error.
	 */
	public Result run(@Nullable String kind, @Nullable String limit) {
		var scan = scanOf(kind, limit);
		int n = limit(limit);
		var row = runs.running(scan.kind()).orElse(null);
		if (row == null) {
			row = runs.start(scan.kind());
			var id = row.getId();
			var tenant = TenantContext.require();
			var actor = TenantContext.actor();
			var done = CompletableFuture.runAsync(() -> TenantContext.callAs(tenant, actor, TenantContext.JOB, () -> {
				try {
					runs.finish(id, scan.scan(MAX_LIMIT));
				}
				catch (RuntimeException e) {
					log.error("duplicate scan {} of {} failed", id, scan.kind(), e);
					runs.fail(id);
				}
				return null;
			}), executor);
			try {
				done.get(wait.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException e) {
				// still running: the caller shows that and asks again
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			catch (ExecutionException e) {
				throw new IllegalStateException(e.getCause());
			}
		}
		return result(row.getId(), n);
	}

	/** A scan's state and, once done, its first {@code limit} pairs; RecordNotFound for another tenant's scan. */
	public Result result(UUID id, @Nullable String limit) {
		var n = limit(limit);
		return result(id, n);
	}

	private Result result(UUID id, int limit) {
		var r = runs.find(id).orElseThrow(() -> new RecordNotFound("duplicateScan", id));
		var pairs = runs.pairs(r);
		return new Result(r.getId(), r.getKind(), r.getState(), r.getStartedAt(), r.getFinishedAt(),
				pairs.subList(0, Math.min(limit, pairs.size())));
	}

	/** Scans one kind now, in the caller's thread (the job above, and the benchmark). */
	public List<LikelyPair> scan(@Nullable String kind, @Nullable String limit) {
		return scanOf(kind, limit).scan(limit(limit));
	}

	private DuplicateScan scanOf(@Nullable String kind, @Nullable String limit) {
		var checks = new Checks();
		var scan = scans.stream().filter(s -> s.kind().equals(kind)).findFirst();
		if (scan.isEmpty()) {
			checks.error("kind", "duplicates.error.kind", String.join(", ", kinds()));
		}
		if (limit != null && !limit.isBlank()) {
			checks.range("limit", parse(limit), 1, MAX_LIMIT);
		}
		checks.done();
		return scan.orElseThrow();
	}

	private static int limit(@Nullable String limit) {
		return limit == null || limit.isBlank() ? DEFAULT_LIMIT : parse(limit);
	}

	private static int parse(String limit) {
		try {
			return Integer.parseInt(limit.strip());
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}
}

package org.nordcrm.bench;

/**
 * One benchmark. {@link #prepare} makes (or reuses, through {@link BenchContext#dataset}) the data it needs;
 * {@link #measure} runs the work against the application and the same work on raw PostgreSQL, and hands the
 * figures to the report. Add a workload by implementing this and listing it in {@link Workloads#ALL}.
 * Workloads report figures; they never pass or fail.
 */
public interface Workload {

	/** Short name used by {@code --only}, e.g. {@code api-auth}. */
	String name();

	/** One line: what is measured. */
	String description();

	void prepare(BenchContext ctx) throws Exception;

	void measure(BenchContext ctx, Report.Section out) throws Exception;
}

package org.nordcrm.imports.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.imports.FailedRow;
import org.nordcrm.imports.ImportJob;
import org.nordcrm.imports.PreviewRow;
import org.nordcrm.settings.CategoryId;
import org.nordcrm.settings.CategoryScope;
import org.nordcrm.settings.IndustryId;
import org.nordcrm.settings.Registers;

/**
 * One pass over a file, a preview (nothing written) or a run: the counters, the keys of the rows seen so far (a
 * second row with the same organisation number or e-mail is a duplicate of the first), the categories and
 * industries by name, and what the preview shows.
 */
public final class RunState {

	static final int SAMPLE = 10;
	static final int PROBLEMS_SHOWN = 200;

	final ImportJob job;
	final boolean write;
	final Registers registers;
	private final CategoryScope scope;
	int rows;
	int created;
	int updated;
	int skipped;
	int failed;
	final Map<String, UUID> seen = new HashMap<>();
	final List<PreviewRow> sample = new ArrayList<>();
	final List<FailedRow> problems = new ArrayList<>();
	final List<FailedRow> failures = new ArrayList<>();
	final List<ImportJobs.Written> written = new ArrayList<>();
	private @Nullable Map<String, CategoryId> categories;
	private @Nullable Map<String, IndustryId> industries;
	final Set<String> missingCategories = new LinkedHashSet<>();
	final Set<String> missingIndustries = new LinkedHashSet<>();

	RunState(ImportJob job, boolean write, Registers registers) {
		this.job = job;
		this.write = write;
		this.registers = registers;
		this.scope = job.target().companies() ? CategoryScope.COMPANY : CategoryScope.PERSON;
	}

	/** What a pass found, for the preview. */
	public record Result(int rows, int created, int updated, int skipped, int failed, List<PreviewRow> sample,
			List<FailedRow> problems, List<String> missingCategories, List<String> missingIndustries) {
	}

	public Result result() {
		return new Result(rows, created, updated, skipped, failed, List.copyOf(sample), List.copyOf(problems),
				List.copyOf(missingCategories), List.copyOf(missingIndustries));
	}

	public ImportJobs.Counters counters() {
		return new ImportJobs.Counters(rows, created, updated, skipped, failed);
	}

	/** A row that cannot be written: counted, kept for the report (a run) or shown (a preview). */
	void fail(Cells cells) {
		failed++;
		var f = new FailedRow(cells.row(), List.copyOf(cells.problems()), cells.cells());
		if (write) {
			failures.add(f);
		}
		else if (problems.size() < PROBLEMS_SHOWN) {
			problems.add(f);
		}
	}

	/** What a row that passed its checks does. */
	enum Step {
		SKIP, UPDATE, CREATE
	}

	/** A row with problems is failed here (true); else false. */
	boolean failed(Cells cells) {
		if (cells.problems().isEmpty()) {
			return false;
		}
		show(cells, "FAIL");
		fail(cells);
		return true;
	}

	/** By the duplicate policy, what a row does; a skipped row is counted and shown here. */
	Step step(Cells cells, boolean duplicate) {
		var policy = job.options().policy();
		if (duplicate && policy == org.nordcrm.imports.DuplicatePolicy.SKIP) {
			skipped++;
			show(cells, "SKIP");
			return Step.SKIP;
		}
		return duplicate && policy == org.nordcrm.imports.DuplicatePolicy.UPDATE ? Step.UPDATE : Step.CREATE;
	}

	/** Counts and shows a row that updates ({@code UPDATE}) or creates ({@code NEW}) a record. */
	void counted(Cells cells, String action) {
		if (action.equals("UPDATE")) {
			updated++;
		}
		else {
			created++;
		}
		show(cells, action);
	}

	/** The first record of {@code existing} under one of the keys. */
	static <T> @Nullable T first(List<String> keys, Map<String, T> existing) {
		for (var k : keys) {
			var found = existing.get(k);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	void show(Cells cells, String action) {
		if (sample.size() < SAMPLE) {
			sample.add(new PreviewRow(cells.row(), action, new LinkedHashMap<>(cells.values()), List.copyOf(cells.problems())));
		}
	}

	/** The categories named in the row, created when missing and the user said so (in a run), else a problem. */
	List<CategoryId> categories(Cells cells) {
		var names = cells.list("categories");
		if (names.isEmpty()) {
			return List.of();
		}
		if (categories == null) {
			categories = new HashMap<>();
			for (var c : registers.categories(scope)) {
				categories.putIfAbsent(c.name().toLowerCase(Locale.ROOT), c.id());
			}
		}
		var ids = new ArrayList<CategoryId>();
		for (var name : names) {
			var key = name.toLowerCase(Locale.ROOT);
			var id = categories.get(key);
			if (id == null && job.options().create() && write) {
				id = registers.saveCategory(null, name, scope).id();
				categories.put(key, id);
			}
			if (id != null) {
				ids.add(id);
				continue;
			}
			missingCategories.add(name);
			if (!job.options().create()) {
				cells.problem("categories", "import.error.unknownCategory", name);
			}
		}
		return ids;
	}

	@Nullable IndustryId industry(Cells cells) {
		var name = cells.get("industry");
		if (name == null) {
			return null;
		}
		if (industries == null) {
			industries = new HashMap<>();
			for (var i : registers.industries()) {
				industries.putIfAbsent(i.name().toLowerCase(Locale.ROOT), i.id());
			}
		}
		var key = name.toLowerCase(Locale.ROOT);
		var id = industries.get(key);
		if (id == null && job.options().create() && write) {
			id = registers.saveIndustry(null, name, null).id();
			industries.put(key, id);
		}
		if (id == null) {
			missingIndustries.add(name);
			if (!job.options().create()) {
				cells.problem("industry", "import.error.unknownIndustry", name);
			}
		}
		return id;
	}

	/** The record an earlier row of the file wrote with one of these keys, if any; then remembers the keys. */
	@Nullable UUID seen(List<String> keys) {
		for (var k : keys) {
			var id = seen.get(k);
			if (id != null) {
				return id;
			}
		}
		return null;
	}

	void remember(List<String> keys, UUID id) {
		keys.forEach(k -> seen.putIfAbsent(k, id));
	}
}

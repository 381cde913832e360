package org.nordcrm.imports;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.imports.internal.Fields;
import org.nordcrm.imports.internal.ImportFiles;
import org.nordcrm.imports.internal.ImportJobs;
import org.nordcrm.imports.internal.ImportRunner;
import org.nordcrm.imports.internal.SourceFile;
import org.nordcrm.imports.internal.UndoImports;
import org.nordcrm.security.Role;
import org.nordcrm.security.UserId;
import org.nordcrm.security.UserManagement;
import org.nordcrm.shared.Checks;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shared.RecordNotFound;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports of the current tenant: upload (the file read and checked, a mapping proposed from its headers), mapping
 * and options, preview, start, progress, cancel, report with the failed rows, and undo.
 */
@Service
@Transactional
public class ImportManagement {

	public static final String KIND = "import";
	/** A running import whose heartbeat is older than this is not running anywhere any more. */
	static final int STALE_SECONDS = 30;

	/** What undo did: records removed, records put back, and those left as they are because they changed since. */
	public record UndoResult(int removed, int reverted, List<String> kept) {
	}

	/** A mapping saved for reuse: header name to field. */
	public record SavedMapping(UUID id, String name, Map<String, String> mapping) {
	}

	private final ImportJobs jobs;
	private final ImportFiles files;
	private final ImportRunner runner;
	private final UndoImports undo;
	private final UserManagement users;

	ImportManagement(ImportJobs jobs, ImportFiles files, ImportRunner runner, UndoImports undo, UserManagement users) {
		this.jobs = jobs;
		this.files = files;
		this.runner = runner;
		this.undo = undo;
		this.users = users;
	}

	/**
	 * Reads an uploaded file (streamed to disk, refused over the size limit), checks that it can be imported and
	 * proposes a mapping from its headers: a saved mapping that knows the headers, else the known header names.
	 */
	public ImportJob upload(@Nullable ImportTarget target, @Nullable String fileName, InputStream content) {
		if (target == null) {
			throw InvalidInput.of("target", "NotNull");
		}
		var received = files.receive(content);
		try {
			var layout = SourceFile.inspect(received);
			var name = fileName == null || fileName.isBlank() ? "import" : java.nio.file.Path.of(fileName.strip().replace('\\', '/'))
				.getFileName().toString();
			name = name.length() > 255 ? name.substring(name.length() - 255) : name;
			var mapping = propose(target, layout.columns());
			var id = jobs.insert(target, name, java.nio.file.Files.size(received), layout, mapping);
			files.keep(received, id);
			return get(id);
		}
		catch (RuntimeException | java.io.IOException e) {
			files.delete(received);
			if (e instanceof RuntimeException r) {
				throw r;
			}
			throw new java.io.UncheckedIOException((java.io.IOException) e);
		}
	}

	private List<@Nullable String> propose(ImportTarget target, List<String> columns) {
		var proposed = Fields.propose(target, columns);
		var allowed = Fields.of(target);
		for (var saved : jobs.mappings(target)) {
			var byHeader = new HashMap<String, String>();
			saved.mapping().forEach((h, f) -> byHeader.put(h.toLowerCase(Locale.ROOT), f));
			if (columns.stream().allMatch(c -> byHeader.containsKey(c.toLowerCase(Locale.ROOT)))) {
				var result = new ArrayList<@Nullable String>();
				for (var c : columns) {
					var f = byHeader.get(c.toLowerCase(Locale.ROOT));
					result.add(f == null || f.isBlank() || !allowed.contains(f) ? null : f);
				}
				return result;
			}
		}
		return proposed;
	}

	/** The import; one that was running on a node that went down is recorded as interrupted when next looked at. */
	public ImportJob get(ImportId id) {
		var job = jobs.find(id).orElseThrow(() -> new RecordNotFound(KIND, id));
		if (job.state() != ImportState.RUNNING && runner.runningHere(id.value())) {
			runner.awaitEnd(id.value());
		}
		if (job.state() == ImportState.RUNNING && !runner.runningHere(id.value())) {
			var heartbeat = jobs.heartbeat(id);
			if (heartbeat == null || heartbeat.isBefore(OffsetDateTime.now().minusSeconds(STALE_SECONDS))) {
				jobs.finish(id, ImportState.FAILED, null, "import.failed.interrupted");
				return jobs.find(id).orElseThrow();
			}
		}
		return job;
	}

	@Transactional(readOnly = true)
	public List<ImportJob> latest(int limit) {
		return jobs.latest(Math.max(1, Math.min(limit, 100)));
	}

	/** The fields a column can be read into, for a target. */
	public static List<String> fields(ImportTarget target) {
		return Fields.of(target);
	}

	@Transactional(readOnly = true)
	public List<SavedMapping> mappings(ImportTarget target) {
		return jobs.mappings(target).stream().map(m -> new SavedMapping(m.id(), m.name(), m.mapping())).toList();
	}

	/** The file names of these imports, for history ("imported from ..."). */
	@Transactional(readOnly = true)
	public Map<UUID, String> fileNames(Collection<UUID> ids) {
		return ids.isEmpty() ? Map.of() : jobs.fileNames(ids);
	}

	/** Sets the mapping and options; the mapping is saved under a name when one is given. */
	public ImportJob options(ImportId id, ImportOptions options) {
		var job = get(id);
		if (job.state() != ImportState.UPLOADED && job.state() != ImportState.FAILED) {
			throw InvalidInput.of(null, "import.error.notChangeable");
		}
		var checks = new Checks();
		var allowed = Fields.of(job.target());
		var mapping = new ArrayList<@Nullable String>();
		var used = new HashSet<String>();
		for (int i = 0; i < job.columns().size(); i++) {
			var f = i < options.mapping().size() ? options.mapping().get(i) : null;
			f = f == null || f.isBlank() ? null : f.strip();
			if (f != null && !allowed.contains(f)) {
				checks.error("mapping[" + i + "]", "import.error.unknownField", f);
			}
			else if (f != null && !used.add(f)) {
				checks.error("mapping[" + i + "]", "import.error.fieldTwice", job.columns().get(i));
			}
			mapping.add(f);
		}
		var name = checks.optional("saveMappingAs", options.saveMappingAs(), 100);
		checks.done();
		var checked = new ImportOptions(mapping, options.policy(), options.noteUnknown(), options.create(), null);
		jobs.options(id, checked);
		if (name != null) {
			var byHeader = new LinkedHashMap<String, String>();
			for (int i = 0; i < mapping.size(); i++) {
				byHeader.put(job.columns().get(i), mapping.get(i) == null ? "" : mapping.get(i));
			}
			jobs.saveMapping(name, job.target(), byHeader);
		}
		return get(id);
	}

	/** What the import would do, nothing written (in a transaction of its own that is rolled back). */
	public ImportPreview preview(ImportId id) {
		var job = get(id);
		if (job.state() != ImportState.UPLOADED && job.state() != ImportState.FAILED || !files.exists(id)) {
			throw InvalidInput.of(null, "import.error.notChangeable");
		}
		var s = runner.preview(job, files.path(id));
		var r = s.result();
		return new ImportPreview(job, r.sample(), r.rows(), r.created(), r.updated(), r.skipped(), r.failed(), r.problems(),
				r.missingCategories(), r.missingIndustries());
	}

	/** Starts the import on a worker; its progress is read with {@link #get}. */
	public ImportJob start(ImportId id) {
		var job = get(id);
		if (job.state() != ImportState.UPLOADED && job.state() != ImportState.FAILED || !files.exists(id)) {
			throw InvalidInput.of(null, "import.error.notStartable");
		}
		runner.start(job, files.path(id));
		return jobs.find(id).orElseThrow();
	}

	public ImportJob cancel(ImportId id) {
		var job = get(id);
		if (job.state() == ImportState.UPLOADED || job.state() == ImportState.FAILED) {
			jobs.finish(id, ImportState.CANCELLED, null, null);
			files.delete(files.path(id));
		}
		else if (!jobs.requestCancel(id)) {
			throw InvalidInput.of(null, "import.error.notRunning");
		}
		return get(id);
	}

	/** The rows not written, in file order, from after row {@code after}. */
	@Transactional(readOnly = true)
	public List<FailedRow> failedRows(ImportId id, int after, int limit) {
		get(id);
		return jobs.failures(id, after, limit);
	}

	/** Takes a finished import back; only its importer or an administrator may. */
	public UndoResult undo(ImportId id) {
		var job = jobs.lock(id).orElseThrow(() -> new RecordNotFound(KIND, id));
		if (job.state() != ImportState.DONE) {
			throw InvalidInput.of(null, "import.error.notUndoable");
		}
		var actor = TenantContext.actor();
		var admin = actor != null && users.find(new UserId(actor)).map(u -> u.role() == Role.ADMIN).orElse(false);
		if (!admin && !jobs.createdBy(id).map(u -> u.equals(actor)).orElse(false)) {
			throw new AccessDeniedException("only the importer or an administrator undoes an import");
		}
		var r = undo.undo(id);
		jobs.undone(id, r.kept().size());
		return new UndoResult(r.removed(), r.reverted(), r.kept());
	}
}

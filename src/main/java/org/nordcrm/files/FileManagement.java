package org.nordcrm.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.files.internal.ContentTypes;
import org.nordcrm.files.internal.FileNames;
import org.nordcrm.files.internal.FileRecords;
import org.nordcrm.files.internal.Files;
import org.nordcrm.files.internal.Folders;
import org.nordcrm.search.SearchIndex;
import org.nordcrm.search.SearchTerms;
import org.nordcrm.shared.Checks;
import org.nordcrm.shared.CursorPage;
import org.nordcrm.shared.Ids;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shared.RecordNotFound;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The file areas of records: uploading (contents streamed into the storage, checked, named uniquely), listing,
 * renaming, moving between folders, deleting softly and restoring, and the folders themselves. Other modules
 * (notes, appointments) attach files through {@link #attach}, so the file stays in the record's file area.
 */
@Service
@Transactional
public class FileManagement {

	public static final String KIND = "file";
	public static final String FOLDER_KIND = "folder";

	private final Files files;
	private final Folders folders;
	private final FileRecords records;
	private final FileStorage storage;
	private final ContentTypes types;
	private final SearchIndex index;
	private final FileProperties properties;

	FileManagement(Files files, Folders folders, FileRecords records, FileStorage storage, ContentTypes types,
			SearchIndex index, FileProperties properties) {
		this.files = files;
		this.folders = folders;
		this.records = records;
		this.storage = storage;
		this.types = types;
		this.index = index;
		this.properties = properties;
	}

	/** The record if it is a live record of a kind with a file area; otherwise not found. */
	@Transactional(readOnly = true)
	public RecordRef record(String kind, UUID id) {
		return records.require(kind, id);
	}

	/** Stores an upload in a record's file area, in a folder or (null) outside any. */
	public StoredFile upload(RecordRef record, @Nullable FolderId folder, String name, InputStream contents) {
		return store(record, folder, name, contents, null, null);
	}

	/** A file attached from elsewhere (a note, an appointment): it lands outside any folder of the record's file area. */
	public StoredFile attach(RecordRef record, String name, InputStream contents, String sourceKind, UUID sourceId) {
		return store(record, null, name, contents, sourceKind, sourceId);
	}

	private StoredFile store(RecordRef target, @Nullable FolderId folder, String rawName, InputStream contents,
			@Nullable String sourceKind, @Nullable UUID sourceId) {
		var record = records.require(target.kind(), target.id());
		checkFolder(record, folder);
		var name = FileNames.sanitise(rawName, "file");
		var stored = put(name, contents);
		if (stored.size() == 0) {
			throw InvalidInput.of("file", "file.error.empty", name);
		}
		long used = files.usage();
		if (used + stored.size() > quota()) {
			throw InvalidInput.of("file", "file.error.quota", name, readable(quota()), readable(used));
		}
		String type;
		try (var in = storage.open(stored.key())) {
			type = types.detect(in, name);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		files.lock(record.id());
		var unique = FileNames.unique(name, files.namesIn(record.id(), folder));
		var file = new StoredFile(new FileId(Ids.next()), record.kind(), record.id(), folder, unique, type, stored.size(),
				stored.sha256(), sourceKind, sourceId, TenantContext.actor(), OffsetDateTime.now(), null, 0);
		files.insert(file, stored.key());
		index.index(KIND, file.id().value(), terms(unique));
		return get(file.id());
	}

	/** Streams the contents into the storage; whatever happens to the transaction later, no object is left orphaned. */
	private FileStorage.Stored put(String name, InputStream contents) {
		try {
			var stored = storage.put(contents, maxSize());
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						storage.delete(stored.key());
					}
				}
			});
			return stored;
		}
		catch (FileStorage.TooLarge e) {
			throw InvalidInput.of("file", "file.error.tooLarge", name, readable(maxSize()));
		}
		catch (IOException e) {
			throw InvalidInput.of("file", FileStorage.isFull(e) ? "file.error.diskFull" : "file.error.failed", name);
		}
	}

	@Transactional(readOnly = true)
	public StoredFile get(FileId id) {
		return files.find(id, false).orElseThrow(() -> new RecordNotFound(KIND, id));
	}

	/** A deleted (restorable) file. */
	@Transactional(readOnly = true)
	public java.util.Optional<StoredFile> deletedFile(FileId id) {
		return files.find(id, true);
	}

	/** A file's contents; the caller closes the stream. */
	@Transactional(readOnly = true)
	public InputStream open(FileId id) {
		get(id);
		try {
			return storage.open(files.storageKey(id).orElseThrow(() -> new RecordNotFound(KIND, id)));
		}
		catch (IOException e) {
			throw new RecordNotFound(KIND, id);
		}
	}

	/** Files of the tenant, of one record and/or one folder, in upload order, a page at a time. */
	@Transactional(readOnly = true)
	public CursorPage<StoredFile> page(@Nullable RecordRef record, @Nullable FolderId folder, @Nullable String after,
			@Nullable Integer limit) {
		int n = CursorPage.limit(limit);
		var cursor = CursorPage.uuid(after);
		List<StoredFile> rows;
		if (record == null && folder == null) {
			rows = files.all(cursor, n + 1);
		}
		else {
			var owner = record != null ? records.require(record.kind(), record.id()) : folder(folder).record();
			if (folder != null) {
				checkFolder(owner, folder);
			}
			rows = files.list(List.of(owner.id()), folder, false, cursor, n + 1);
		}
		return CursorPage.of(rows, n, f -> f.id().toString());
	}

	/** Every live file of the records, for their file areas. */
	@Transactional(readOnly = true)
	public List<StoredFile> files(Collection<UUID> records) {
		return records.isEmpty() ? List.of() : files.list(records, null, false, null, 10_000);
	}

	/** The live files among {@code ids} (search hits). */
	@Transactional(readOnly = true)
	public List<StoredFile> byIds(Collection<UUID> ids) {
		return ids.isEmpty() ? List.of() : files.byIds(ids);
	}

	@Transactional(readOnly = true)
	public List<StoredFile> recent(Collection<UUID> records, int limit) {
		return records.isEmpty() ? List.of() : files.recent(records, limit);
	}

	@Transactional(readOnly = true)
	public List<StoredFile> deleted(RecordRef record, int limit) {
		return files.deleted(record.id(), limit);
	}

	/** Renames a file; a name another file in its folder has is numbered. {@code version} as read, unless null. */
	public StoredFile rename(FileId id, @Nullable String name, @Nullable Integer version) {
		var file = get(id);
		var checks = new Checks();
		var wanted = checks.required("name", name, 1000);
		checks.done();
		return place(file, file.folderId(), FileNames.sanitise(wanted, file.name()), version);
	}

	/** Moves a file into another folder of its record, or (null) out of any. */
	public StoredFile move(FileId id, @Nullable FolderId folder, @Nullable Integer version) {
		var file = get(id);
		checkFolder(file.record(), folder);
		return place(file, folder, file.name(), version);
	}

	private StoredFile place(StoredFile file, @Nullable FolderId folder, String name, @Nullable Integer version) {
		files.lock(file.recordId());
		var taken = files.namesIn(file.recordId(), folder);
		if (java.util.Objects.equals(folder, file.folderId())) {
			taken.remove(file.name().toLowerCase(Locale.ROOT));
		}
		var unique = FileNames.unique(name, taken);
		if (!files.place(file.id(), folder, unique, version)) {
			throw InvalidInput.of(null, "record.error.changedMeanwhile");
		}
		index.index(KIND, file.id().value(), terms(unique));
		return get(file.id());
	}

	/** Deletes softly: the contents stay, and the file can be restored. */
	public void delete(FileId id) {
		if (!files.softDelete(id)) {
			throw new RecordNotFound(KIND, id);
		}
		index.remove(KIND, id.value());
	}

	/** Brings a deleted file back into its folder (numbered, if its name was taken meanwhile). */
	public StoredFile restore(FileId id) {
		var file = files.find(id, true).orElseThrow(() -> new RecordNotFound(KIND, id));
		files.lock(file.recordId());
		var unique = FileNames.unique(file.name(), files.namesIn(file.recordId(), file.folderId()));
		files.restore(id, unique);
		index.index(KIND, id.value(), terms(unique));
		return get(id);
	}

	/** A record's folders; the first look at a company's gives it the folder template. */
	public List<Folder> folders(RecordRef record) {
		folders.applyTemplateOnce(record.kind(), record.id());
		return folders.of(List.of(record.id()));
	}

	@Transactional(readOnly = true)
	public Folder folder(FolderId id) {
		return folders.find(id).filter(f -> records.known(f.recordKind())).orElseThrow(() -> new RecordNotFound(FOLDER_KIND, id));
	}

	public Folder createFolder(RecordRef target, @Nullable String name) {
		var record = records.require(target.kind(), target.id());
		folders.applyTemplateOnce(record.kind(), record.id());
		var checked = folderName(record.id(), name);
		return folders.insert(record.kind(), record.id(), checked);
	}

	public Folder renameFolder(FolderId id, @Nullable String name) {
		var folder = folder(id);
		folders.rename(folder.id(), folderName(folder.recordId(), name));
		return folder(id);
	}

	/** Deletes an empty folder; one with files (deleted ones too, as they would come back into it) is refused. */
	public void deleteFolder(FolderId id) {
		folder(id);
		if (folders.hasFiles(id)) {
			throw InvalidInput.of(null, "folder.error.notEmpty");
		}
		folders.delete(id);
	}

	private String folderName(UUID record, @Nullable String name) {
		var checks = new Checks();
		var wanted = checks.required("name", name, 1000);
		checks.done();
		var clean = FileNames.sanitise(wanted, "");
		if (clean.isEmpty()) {
			throw InvalidInput.of("name", "folder.error.name");
		}
		if (folders.exists(record, clean)) {
			throw InvalidInput.of("name", "folder.error.exists", clean);
		}
		return clean;
	}

	private void checkFolder(RecordRef record, @Nullable FolderId folder) {
		if (folder != null && folders.find(folder).filter(f -> f.recordId().equals(record.id())).isEmpty()) {
			throw InvalidInput.of("folderId", "file.error.folder");
		}
	}

	/** The names of records, by kind, for lists that show where files belong. */
	@Transactional(readOnly = true)
	public Map<UUID, String> recordNames(String kind, Collection<UUID> ids) {
		return records.names(kind, ids);
	}

	public String filesUrl(String kind, UUID id) {
		return records.filesUrl(kind, id);
	}

	/** Bytes the tenant's files take, deleted ones included. */
	@Transactional(readOnly = true)
	public long usage() {
		return files.usage();
	}

	public long quota() {
		return properties.tenantQuota().toBytes();
	}

	public long maxSize() {
		return properties.maxSize().toBytes();
	}

	/** "100 MB", "3.4 kB" (1 kB = 1024 bytes): sizes as people read them. */
	public static String readable(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		var units = "kMGT";
		double value = bytes;
		int unit = -1;
		while (value >= 1024 && unit < units.length() - 1) {
			value /= 1024;
			unit++;
		}
		var number = value >= 100 || value == Math.rint(value) ? String.valueOf(Math.round(value))
				: String.format(Locale.ROOT, "%.1f", value);
		return number + " " + units.charAt(unit) + "B";
	}

	private static SearchTerms terms(String name) {
		return new SearchTerms().text(name);
	}
}

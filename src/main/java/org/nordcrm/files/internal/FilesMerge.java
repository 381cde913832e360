package org.nordcrm.files.internal;

import static org.nordcrm.jooq.Tables.FILE;
import static org.nordcrm.jooq.Tables.FOLDER;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.nordcrm.files.Folder;
import org.nordcrm.merging.MergeParticipant;
import org.springframework.stereotype.Component;

/**
 * When two records merge, the merged-away record's files go to the survivor: into the survivor's folder of the same
 * name where it has one (both usually have the template's folders), else with their folder, which moves along.
 * What moved is kept as {@code file:<id>} (record changed), {@code refolder:<id>:<old folder>} and
 * {@code folder:<id>}, so an undo puts each back where it was.
 */
@Component
class FilesMerge implements MergeParticipant {

	private final DSLContext db;
	private final Folders folders;
	private final FileRecords records;

	FilesMerge(DSLContext db, Folders folders, FileRecords records) {
		this.db = db;
		this.folders = folders;
		this.records = records;
	}

	@Override
	public String name() {
		return "files";
	}

	@Override
	public boolean handles(String kind) {
		return records.known(kind);
	}

	@Override
	public List<String> move(String kind, UUID from, UUID to) {
		var moved = new ArrayList<String>();
		folders.applyTemplateOnce(kind, to);
		var survivors = folders.of(List.of(to)).stream()
			.collect(Collectors.toMap(f -> f.name().toLowerCase(Locale.ROOT), Folder::id, (a, b) -> a));
		var movedFolders = new ArrayList<UUID>();
		for (var folder : folders.of(List.of(from))) {
			var same = survivors.get(folder.name().toLowerCase(Locale.ROOT));
			if (same == null) {
				movedFolders.add(folder.id().value());
				continue;
			}
			db.update(FILE).set(FILE.FOLDER_ID, same.value()).where(FILE.FOLDER_ID.eq(folder.id().value()))
				.returningResult(FILE.ID).fetch(FILE.ID)
				.forEach(id -> moved.add("refolder:" + id + ":" + folder.id()));
		}
		if (!movedFolders.isEmpty()) {
			db.update(FOLDER).set(FOLDER.RECORD_ID, to).where(FOLDER.ID.in(movedFolders)).execute();
			movedFolders.forEach(id -> moved.add("folder:" + id));
		}
		db.update(FILE).set(FILE.RECORD_ID, to).where(FILE.RECORD_ID.eq(from)).returningResult(FILE.ID).fetch(FILE.ID)
			.forEach(id -> moved.add("file:" + id));
		return moved;
	}

	@Override
	public void moveBack(String kind, UUID from, UUID to, List<String> moved) {
		// in reverse: a file's record goes back before its folder does
		for (var entry : moved.reversed()) {
			var parts = entry.split(":");
			var id = UUID.fromString(parts[1]);
			switch (parts[0]) {
				case "file" -> db.update(FILE).set(FILE.RECORD_ID, from).where(FILE.ID.eq(id).and(FILE.RECORD_ID.eq(to))).execute();
				case "refolder" -> db.update(FILE).set(FILE.FOLDER_ID, UUID.fromString(parts[2]))
					.where(FILE.ID.eq(id).and(FILE.RECORD_ID.eq(from))).execute();
				case "folder" -> db.update(FOLDER).set(FOLDER.RECORD_ID, from).where(FOLDER.ID.eq(id).and(FOLDER.RECORD_ID.eq(to))).execute();
				default -> throw new IllegalStateException("unknown moved entry " + entry);
			}
		}
	}
}

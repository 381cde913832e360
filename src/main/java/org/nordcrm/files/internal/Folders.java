package org.nordcrm.files.internal;

import static org.nordcrm.jooq.Tables.FILE;
import static org.nordcrm.jooq.Tables.FOLDER;
import static org.nordcrm.jooq.Tables.FOLDER_TEMPLATE;
import static org.nordcrm.jooq.Tables.FOLDER_TEMPLATE_APPLIED;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.files.Folder;
import org.nordcrm.files.FolderId;
import org.nordcrm.files.TemplateFolder;
import org.nordcrm.files.TemplateFolderId;
import org.nordcrm.jooq.tables.records.FolderRecord;
import org.nordcrm.shared.Ids;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Repository;

/** Folders of records' file areas, and the folder template of new companies. */
@Repository
public class Folders {

	private final DSLContext db;

	Folders(DSLContext db) {
		this.db = db;
	}

	public List<Folder> of(Collection<UUID> records) {
		return db.selectFrom(FOLDER).where(FOLDER.RECORD_ID.in(records)).orderBy(DSL.lower(FOLDER.NAME), FOLDER.ID)
			.fetch(Folders::map);
	}

	public Optional<Folder> find(FolderId id) {
		return db.selectFrom(FOLDER).where(FOLDER.ID.eq(id.value())).fetchOptional(Folders::map);
	}

	public boolean exists(UUID record, String name) {
		return db.fetchExists(FOLDER, FOLDER.RECORD_ID.eq(record).and(FOLDER.PARENT_ID.isNull())
			.and(DSL.lower(FOLDER.NAME).eq(name.toLowerCase(java.util.Locale.ROOT))));
	}

	public Folder insert(String kind, UUID record, String name) {
		var id = Ids.next();
		db.insertInto(FOLDER).set(FOLDER.TENANT_ID, TenantContext.require().value()).set(FOLDER.ID, id)
			.set(FOLDER.RECORD_KIND, kind).set(FOLDER.RECORD_ID, record).set(FOLDER.NAME, name).execute();
		return new Folder(new FolderId(id), kind, record, name, 0);
	}

	public boolean rename(FolderId id, String name) {
		return db.update(FOLDER).set(FOLDER.NAME, name).set(FOLDER.VERSION, FOLDER.VERSION.plus(1))
			.where(FOLDER.ID.eq(id.value())).execute() == 1;
	}

	/** Whether any file (deleted ones too: they come back into their folder) is in the folder. */
	public boolean hasFiles(FolderId id) {
		return db.fetchExists(FILE, FILE.FOLDER_ID.eq(id.value()));
	}

	public boolean delete(FolderId id) {
		return db.deleteFrom(FOLDER).where(FOLDER.ID.eq(id.value())).execute() == 1;
	}

	public int erase(UUID record) {
		db.deleteFrom(FOLDER_TEMPLATE_APPLIED).where(FOLDER_TEMPLATE_APPLIED.RECORD_ID.eq(record)).execute();
		return db.deleteFrom(FOLDER).where(FOLDER.RECORD_ID.eq(record)).execute();
	}

	public List<TemplateFolder> template() {
		return db.selectFrom(FOLDER_TEMPLATE).orderBy(FOLDER_TEMPLATE.POSITION, FOLDER_TEMPLATE.ID)
			.fetch(r -> new TemplateFolder(new TemplateFolderId(r.getId()), r.getName(), r.getPosition()));
	}

	public boolean templateHas(String name) {
		return db.fetchExists(FOLDER_TEMPLATE, DSL.lower(FOLDER_TEMPLATE.NAME).eq(name.toLowerCase(java.util.Locale.ROOT)));
	}

	public TemplateFolder addToTemplate(String name) {
		var id = Ids.next();
		var position = db.select(DSL.coalesce(DSL.max(FOLDER_TEMPLATE.POSITION), 0).plus(1)).from(FOLDER_TEMPLATE)
			.fetchOne(0, Integer.class);
		db.insertInto(FOLDER_TEMPLATE).set(FOLDER_TEMPLATE.TENANT_ID, TenantContext.require().value())
			.set(FOLDER_TEMPLATE.ID, id).set(FOLDER_TEMPLATE.NAME, name).set(FOLDER_TEMPLATE.POSITION, position).execute();
		return new TemplateFolder(new TemplateFolderId(id), name, position);
	}

	public boolean removeFromTemplate(TemplateFolderId id) {
		return db.deleteFrom(FOLDER_TEMPLATE).where(FOLDER_TEMPLATE.ID.eq(id.value())).execute() == 1;
	}

	/**
	 * Gives a company the template's folders the first time its file area is opened (or changed): once, so folders
	 * a user deleted stay deleted, and only when it has no folders (one that got them when it was created keeps
	 * what it has). Two first looks at once: the second waits on the first's mark and adds nothing.
	 */
	public void applyTemplateOnce(String kind, UUID record) {
		// read first: every later look at the file area costs one index probe, not a write
		if (!kind.equals(CompanyManagement.KIND)
				|| db.fetchExists(FOLDER_TEMPLATE_APPLIED, FOLDER_TEMPLATE_APPLIED.RECORD_ID.eq(record))) {
			return;
		}
		int marked = db.insertInto(FOLDER_TEMPLATE_APPLIED).set(FOLDER_TEMPLATE_APPLIED.TENANT_ID, TenantContext.require().value())
			.set(FOLDER_TEMPLATE_APPLIED.RECORD_ID, record).onConflictDoNothing().execute();
		if (marked == 0 || db.fetchExists(FOLDER, FOLDER.RECORD_ID.eq(record))) {
			return;
		}
		var tenant = TenantContext.require().value();
		var rows = template().stream().map(t -> DSL.row(tenant, Ids.next(), kind, record, t.name())).toList();
		if (!rows.isEmpty()) {
			db.insertInto(FOLDER, FOLDER.TENANT_ID, FOLDER.ID, FOLDER.RECORD_KIND, FOLDER.RECORD_ID, FOLDER.NAME).valuesOfRows(rows)
				.execute();
		}
	}

	/**
	 * Adds the template's folders that the records lack, as one statement over all of them: an anti-join of records
	 * × template against the folder name index. Existing folders and their files are not touched. Only records that
	 * have had the template once: the others get the whole of it the first time they are opened.
	 */
	public int applyTemplate(String kind, Select<? extends Record1<UUID>> records) {
		var r = records.asTable("r", "id");
		var rid = r.field("id", UUID.class);
		var f = FOLDER.as("f");
		return db.insertInto(FOLDER, FOLDER.TENANT_ID, FOLDER.ID, FOLDER.RECORD_KIND, FOLDER.RECORD_ID, FOLDER.NAME)
			.select(DSL.select(FOLDER_TEMPLATE.TENANT_ID, DSL.field("files_uuid_v7()", UUID.class), DSL.val(kind), rid,
					FOLDER_TEMPLATE.NAME)
				.from(r).crossJoin(FOLDER_TEMPLATE)
				.whereExists(DSL.selectOne().from(FOLDER_TEMPLATE_APPLIED).where(FOLDER_TEMPLATE_APPLIED.RECORD_ID.eq(rid)))
				.andNotExists(DSL.selectOne().from(f).where(f.TENANT_ID.eq(FOLDER_TEMPLATE.TENANT_ID)
					.and(f.RECORD_ID.eq(rid))
					.and(DSL.coalesce(f.PARENT_ID, DSL.val(new UUID(0, 0))).eq(new UUID(0, 0)))
					.and(DSL.lower(f.NAME).eq(DSL.lower(FOLDER_TEMPLATE.NAME)))))
				.orderBy(rid, FOLDER_TEMPLATE.POSITION))
			.execute();
	}

	static Folder map(FolderRecord r) {
		return new Folder(new FolderId(r.getId()), r.getRecordKind(), r.getRecordId(), r.getName(), r.getVersion());
	}
}

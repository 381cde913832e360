package org.nordcrm.files.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.CompanyOfPerson;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.contacts.PersonId;
import org.nordcrm.files.FileId;
import org.nordcrm.files.FileManagement;
import org.nordcrm.files.Folder;
import org.nordcrm.files.RecordRef;
import org.nordcrm.files.StoredFile;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shared.RecordNotFound;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the Files tab shows: the record's folders with their files, recent and deleted files, and (on a person) the files of their companies. */
@Component
class FilesTab {

	static final int RECENT = 5;
	static final int DELETED = 50;

	/** A folder with its files; the folder is null for the files outside any folder. */
	record Group(@Nullable Folder folder, List<StoredFile> files) {
	}

	/** A company a person is linked to, with its files. */
	record Linked(UUID companyId, String companyName, String url, List<StoredFile> files) {
	}

	private final FileManagement files;
	private final ContactManagement contacts;

	FilesTab(FileManagement files, ContactManagement contacts) {
		this.files = files;
		this.contacts = contacts;
	}

	String render(RecordRef record, Model model, List<InvalidInput.FieldError> errors, @Nullable String done) {
		var folders = files.folders(record);
		var all = files.files(List.of(record.id()));
		var groups = new ArrayList<Group>();
		groups.add(new Group(null, all.stream().filter(f -> f.folderId() == null).toList()));
		for (var folder : folders) {
			groups.add(new Group(folder, all.stream().filter(f -> folder.id().equals(f.folderId())).toList()));
		}
		model.addAttribute("record", record);
		model.addAttribute("path", "/files/" + record.kind() + "/" + record.id());
		model.addAttribute("groups", groups);
		model.addAttribute("folders", folders);
		model.addAttribute("count", all.size());
		model.addAttribute("recent", files.recent(List.of(record.id()), RECENT));
		model.addAttribute("deleted", files.deleted(record, DELETED));
		model.addAttribute("linked", linked(record));
		model.addAttribute("maxSize", files.maxSize());
		model.addAttribute("maxSizeText", FileManagement.readable(files.maxSize()));
		model.addAttribute("errors", errors);
		model.addAttribute("done", done);
		return "files/tab :: filesTab";
	}

	/** The record of a deleted file, for restoring it; not found when there is no such deleted file of this tenant. */
	RecordRef deletedRecord(FileId id) {
		return files.deletedFile(id).map(StoredFile::record).orElseThrow(() -> new RecordNotFound(FileManagement.KIND, id));
	}

	private List<Linked> linked(RecordRef record) {
		if (!record.kind().equals(ContactManagement.KIND)) {
			return List.of();
		}
		var companies = contacts.companiesOf(new PersonId(record.id())).stream().map(CompanyOfPerson::company).toList();
		var ids = companies.stream().map(c -> c.id().value()).toList();
		var byCompany = files.files(ids);
		return companies.stream()
			.map(c -> new Linked(c.id().value(), c.name(), files.filesUrl(CompanyManagement.KIND, c.id().value()),
					byCompany.stream().filter(f -> f.recordId().equals(c.id().value())).toList()))
			.filter(l -> !l.files().isEmpty()).toList();
	}
}

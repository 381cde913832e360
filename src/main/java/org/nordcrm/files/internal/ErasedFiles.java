package org.nordcrm.files.internal;

import java.util.List;

import org.nordcrm.files.FileManagement;
import org.nordcrm.files.FileStorage;
import org.nordcrm.search.SearchIndex;
import org.nordcrm.shell.RecordErased;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An erased record's file area goes with it: the rows in the erasing transaction, the stored contents once it has
 * committed (a rollback keeps them, with their rows). Each file and folder is announced as erased in turn, so the
 * history entries about them lose their values too.
 */
@Component
class ErasedFiles {

	private final Files files;
	private final Folders folders;
	private final FileRecords records;
	private final FileStorage storage;
	private final SearchIndex index;
	private final ApplicationEventPublisher events;

	ErasedFiles(Files files, Folders folders, FileRecords records, FileStorage storage, SearchIndex index,
			ApplicationEventPublisher events) {
		this.files = files;
		this.folders = folders;
		this.records = records;
		this.storage = storage;
		this.index = index;
		this.events = events;
	}

	@EventListener
	void on(RecordErased erased) {
		if (!records.known(erased.kind())) {
			return;
		}
		var removed = files.erase(erased.id());
		var keys = removed.stream().map(r -> r.value2()).toList();
		for (var row : removed) {
			index.remove(FileManagement.KIND, row.value1());
			events.publishEvent(new RecordErased(FileManagement.KIND, row.value1()));
		}
		for (var folder : folders.of(List.of(erased.id()))) {
			events.publishEvent(new RecordErased(FileManagement.FOLDER_KIND, folder.id().value()));
		}
		folders.erase(erased.id());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				keys.forEach(storage::delete);
			}
		});
	}
}

package org.nordcrm.files.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.nordcrm.companies.CompanyId;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.contacts.PersonId;
import org.nordcrm.files.RecordRef;
import org.nordcrm.shared.RecordNotFound;
import org.springframework.stereotype.Component;

/**
 * The kinds of record that have a file area, each with how to tell that a record exists (live, this tenant's),
 * what the records are called and where their card is. A new kind (leads, when they exist) is one more entry in the
 * constructor's map and a {@code RecordTab} bean in {@code FilesController}; nothing else changes.
 */
@Component
public class FileRecords {

	record Kind(String urlPrefix, Predicate<UUID> exists, Function<Collection<UUID>, Map<UUID, String>> names) {
	}

	private final Map<String, Kind> kinds;

	FileRecords(CompanyManagement companies, ContactManagement contacts) {
		this.kinds = Map.of(
				CompanyManagement.KIND, new Kind("/companies/", id -> companies.find(new CompanyId(id)).isPresent(), companies::names),
				ContactManagement.KIND, new Kind("/contacts/", id -> contacts.find(new PersonId(id)).isPresent(), contacts::names));
	}

	public List<String> kinds() {
		return kinds.keySet().stream().sorted().toList();
	}

	public boolean known(String kind) {
		return kinds.containsKey(kind);
	}

	/** The record, if it is a live record of this tenant; else not found (404), whatever the reason. */
	public RecordRef require(String kind, UUID id) {
		var k = kinds.get(kind);
		if (k == null || !k.exists().test(id)) {
			throw new RecordNotFound(kind, id);
		}
		return new RecordRef(kind, id);
	}

	public Map<UUID, String> names(String kind, Collection<UUID> ids) {
		var k = kinds.get(kind);
		return k == null || ids.isEmpty() ? Map.of() : k.names().apply(ids);
	}

	/** The record's card opened on its Files tab. */
	public String filesUrl(String kind, UUID id) {
		var k = kinds.get(kind);
		return k == null ? "/" : k.urlPrefix() + id + "?tab=files";
	}
}

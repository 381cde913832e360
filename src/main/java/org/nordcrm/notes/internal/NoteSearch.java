package org.nordcrm.notes.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.nordcrm.notes.NoteManagement;
import org.nordcrm.shell.SearchHit;
import org.nordcrm.shell.SearchProvider;
import org.nordcrm.shell.SearchQuery;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes in the global search, by their words in Norwegian, Swedish and English stems: the hit is the record the
 * note is on, opening on its Notes tab. Notes on deleted records and other users' private notes are not found.
 */
@Component
class NoteSearch implements SearchProvider {

	/** Notes come after records found by name: a name is what people look for first. */
	private static final int RANK_OFFSET = 1000;

	private final Notes notes;
	private final Targets targets;

	NoteSearch(Notes notes, Targets targets) {
		this.notes = notes;
		this.targets = targets;
	}

	@Override
	public List<String> kinds() {
		return List.of(NoteManagement.KIND);
	}

	@Override
	@Transactional(readOnly = true)
	public List<SearchHit> search(SearchQuery q, int limit) {
		if (!q.wants(NoteManagement.KIND) || q.hasFilters() || q.text().isEmpty()) {
			return List.of();
		}
		var matches = notes.search(q.text(), TenantContext.actor(), limit);
		var records = new LinkedHashMap<UUID, String>();
		matches.forEach(m -> records.put(m.recordId(), m.recordKind()));
		var alive = targets.alive(records);
		return matches.stream().filter(m -> alive.containsKey(m.recordId())).map(m -> {
			var t = alive.get(m.recordId());
			return new SearchHit(NoteManagement.KIND, m.id(), t.name(), m.snippet(), t.url() + "?tab=notes",
					RANK_OFFSET + matches.indexOf(m));
		}).toList();
	}
}

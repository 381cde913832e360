package org.nordcrm.files.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.nordcrm.files.FileManagement;
import org.nordcrm.files.StoredFile;
import org.nordcrm.search.SearchIndex;
import org.nordcrm.search.SearchMatch;
import org.nordcrm.shell.SearchHit;
import org.nordcrm.shell.SearchProvider;
import org.nordcrm.shell.SearchQuery;
import org.springframework.stereotype.Component;

/**
 * Files in the global search, by the words of their names; a hit opens the Files tab of the record it belongs to.
 * Reads go through {@link FileManagement}: only inside its transactions is the tenant set for row-level security.
 */
@Component
class FileSearch implements SearchProvider {

	private final SearchIndex index;
	private final FileManagement files;

	FileSearch(SearchIndex index, FileManagement files) {
		this.index = index;
		this.files = files;
	}

	@Override
	public List<String> kinds() {
		return List.of(FileManagement.KIND);
	}

	@Override
	public List<SearchHit> search(SearchQuery q, int limit) {
		// the register filters (category, industry...) say nothing about files
		if (!q.wants(FileManagement.KIND) || q.text().isEmpty() || q.hasFilters()) {
			return List.of();
		}
		var matches = index.find(q.text(), kinds(), limit);
		var ranks = SearchMatch.ranks(matches);
		var found = files.byIds(matches.stream().map(SearchMatch::id).toList());
		var byKind = found.stream().collect(Collectors.groupingBy(StoredFile::recordKind,
				Collectors.mapping(StoredFile::recordId, Collectors.toSet())));
		var names = new java.util.HashMap<java.util.UUID, String>();
		byKind.forEach((kind, ids) -> names.putAll(files.recordNames(kind, ids)));
		return found.stream()
			.map(f -> new SearchHit(FileManagement.KIND, f.id().value(), f.name(), names.get(f.recordId()),
					files.filesUrl(f.recordKind(), f.recordId()), ranks.getOrDefault(f.id().value(), 0)))
			.sorted(java.util.Comparator.comparingInt(SearchHit::rank))
			.limit(limit).toList();
	}
}

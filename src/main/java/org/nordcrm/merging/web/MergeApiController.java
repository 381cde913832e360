package org.nordcrm.merging.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.merging.Comparison;
import org.nordcrm.merging.Merge;
import org.nordcrm.merging.MergeManagement;
import org.nordcrm.shared.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/merges")
@Tag(name = "Merges", description = "Merging two companies or two persons into one, and undoing a merge")
@SecurityRequirement(name = "token")
class MergeApiController {

	/**
	 * A merge to do: {@code other} is merged into {@code survivor}, which takes the other's value of each field
	 * named in {@code take}. The versions are those read (optional): a record changed since is refused.
	 */
	record MergeRequest(@Nullable String kind, @Nullable UUID survivorId, @Nullable Integer survivorVersion,
			@Nullable UUID otherId, @Nullable Integer otherVersion, @Nullable Set<String> take) {
	}

	record Undone(Merge merge, Set<String> keptFields) {
	}

	record Merges(List<Merge> items) {
	}

	private final MergeManagement merges;

	MergeApiController(MergeManagement merges) {
		this.merges = merges;
	}

	@GetMapping("/compare")
	@Operation(summary = "Two records of a kind (company, person) side by side, field by field: the keys to use in 'take'")
	Comparison compare(@RequestParam String kind, @RequestParam UUID a, @RequestParam UUID b) {
		return merges.compare(kind, a, b);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Merge otherId into survivorId: contacts, categories and everything attached move to the survivor; "
			+ "undoable for 30 days")
	Merge merge(@RequestBody MergeRequest in) {
		if (in.kind() == null) {
			throw InvalidInput.of("kind", "NotNull");
		}
		if (in.survivorId() == null) {
			throw InvalidInput.of("survivorId", "NotNull");
		}
		if (in.otherId() == null) {
			throw InvalidInput.of("otherId", "NotNull");
		}
		var pair = merges.compare(in.kind(), in.survivorId(), in.otherId());
		return merges.merge(in.kind(), in.survivorId(), in.survivorVersion() == null ? pair.a().version() : in.survivorVersion(),
				in.otherId(), in.otherVersion() == null ? pair.b().version() : in.otherVersion(),
				in.take() == null ? Set.of() : in.take());
	}

	@GetMapping
	@Operation(summary = "The merges a record took part in, as survivor or as the record merged away, newest first")
	Merges list(@RequestParam UUID record) {
		return new Merges(merges.of(record));
	}

	@GetMapping("/{id}")
	Merge get(@PathVariable UUID id) {
		return merges.get(id);
	}

	@PostMapping("/{id}/undo")
	@Operation(summary = "Undo a merge: both records back as they were, everything moved goes back; survivor fields "
			+ "changed after the merge keep their newer values (listed in keptFields)")
	Undone undo(@PathVariable UUID id) {
		var kept = merges.undo(id);
		return new Undone(merges.get(id), kept);
	}
}

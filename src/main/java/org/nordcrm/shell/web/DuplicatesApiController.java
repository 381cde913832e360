package org.nordcrm.shell.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.shell.DuplicateReason;
import org.nordcrm.shell.DuplicateScans;
import org.nordcrm.shell.LikelyPair;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Duplicates", description = "Likely pairs of companies or persons entered twice, to compare and merge")
@SecurityRequirement(name = "token")
class DuplicatesApiController {

	/** A pair as the API gives it: reasons strongest first, and where to compare and merge the two. */
	record Pair(String kind, LikelyPair.Side a, LikelyPair.Side b, List<DuplicateReason> reasons, String mergeUrl) {
	}

	/** A scan: RUNNING (ask again at /api/v1/duplicates/scans/{scanId}), DONE with its pairs, or FAILED. */
	record Pairs(UUID scanId, String state, OffsetDateTime startedAt, @Nullable OffsetDateTime finishedAt, List<Pair> items) {
	}

	private final DuplicateScans scans;

	DuplicatesApiController(DuplicateScans scans) {
		this.scans = scans;
	}

	@GetMapping("/api/v1/duplicates")
	@Operation(summary = "Likely duplicates of one kind (kind=company or person), strongest first: the same organisation "
			+ "number, the same e-mail or phone, a similar name in the same postcode (persons: or at the same company). "
			+ "limit: 1-500, default 50. A large register is scanned in the background: then the answer is 202 with "
			+ "state RUNNING, and the pairs come from /api/v1/duplicates/scans/{scanId}")
	ResponseEntity<Pairs> list(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String limit) {
		return answer(scans.run(kind, limit));
	}

	@GetMapping("/api/v1/duplicates/scans/{id}")
	@Operation(summary = "A duplicate scan started by GET /api/v1/duplicates: its state and, once DONE, its pairs")
	ResponseEntity<Pairs> scan(@PathVariable UUID id, @RequestParam(required = false) @Nullable String limit) {
		return answer(scans.result(id, limit));
	}

	private static ResponseEntity<Pairs> answer(DuplicateScans.Result r) {
		var pairs = new Pairs(r.id(), r.state(), r.startedAt(), r.finishedAt(), r.pairs().stream()
			.map(p -> new Pair(p.kind(), p.a(), p.b(), p.reasonsInOrder(), p.mergeUrl()))
			.toList());
		return ResponseEntity.status(r.running() ? HttpStatus.ACCEPTED : HttpStatus.OK).body(pairs);
	}
}

package org.nordcrm.shell.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nordcrm.shell.DuplicateReason;
import org.nordcrm.shell.DuplicateScans;
import org.nordcrm.shell.LikelyPair;
import org.springframework.web.bind.annotation.GetMapping;
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

	record Pairs(List<Pair> items) {
	}

	private final DuplicateScans scans;

	DuplicatesApiController(DuplicateScans scans) {
		this.scans = scans;
	}

	@GetMapping("/api/v1/duplicates")
	@Operation(summary = "Likely duplicates of one kind (kind=company or person), strongest first: the same organisation "
			+ "number, the same e-mail or phone, a similar name in the same postcode (persons: or at the same company). "
			+ "limit: 1-500, default 50")
	Pairs list(@RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable String limit) {
		return new Pairs(scans.scan(kind, limit).stream()
			.map(p -> new Pair(p.kind(), p.a(), p.b(), p.reasonsInOrder(), p.mergeUrl()))
			.toList());
	}
}

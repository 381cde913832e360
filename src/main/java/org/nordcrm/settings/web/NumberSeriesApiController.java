package org.nordcrm.settings.web;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.nordcrm.settings.NumberSeries;
import org.nordcrm.settings.NumberSeriesId;
import org.nordcrm.settings.NumberSeriesManagement;
import org.nordcrm.shared.CursorPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/number-series")
@Tag(name = "Number series", description = "Ranges of customer numbers: every user reads them, administrators change them")
@SecurityRequirement(name = "token")
class NumberSeriesApiController {

	record NumberSeriesInput(@Nullable String name, @Nullable Long firstNumber, @Nullable Long lastNumber, @Nullable Boolean isDefault) {
	}

	private final NumberSeriesManagement series;

	NumberSeriesApiController(NumberSeriesManagement series) {
		this.series = series;
	}

	@GetMapping
	@Operation(summary = "All number series, by first number; there are few, so one page holds them all")
	CursorPage<NumberSeries> list() {
		return new CursorPage<>(series.list(), null);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One number series, with its next free number")
	NumberSeries get(@PathVariable NumberSeriesId id) {
		return series.find(id);
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Add a number series (administrators)", description = "The range may not overlap another "
			+ "series; a series with isDefault true becomes the one new customers get.")
	ResponseEntity<NumberSeries> create(@RequestBody NumberSeriesInput input) {
		var saved = series.save(null, input.name(), input.firstNumber(), input.lastNumber(), Boolean.TRUE.equals(input.isDefault()));
		return ResponseEntity.created(URI.create("/api/v1/number-series/" + saved.id())).body(saved);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Change a number series (administrators)", description = "The range must still hold the "
			+ "numbers already handed out.")
	NumberSeries update(@PathVariable NumberSeriesId id, @RequestBody NumberSeriesInput input) {
		return series.save(id, input.name(), input.firstNumber(), input.lastNumber(), Boolean.TRUE.equals(input.isDefault()));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a number series (administrators); one that has handed out numbers is refused")
	void delete(@PathVariable NumberSeriesId id) {
		series.delete(id);
	}
}

package org.nordcrm.registry;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Which units of the register's bulk file a campaign wants: municipality numbers ("0301"), NACE codes or their
 * beginnings ("62", "47.11"), organisational forms ("AS"), and a range of employees. An empty criterion takes all.
 */
public record BulkFilter(List<String> municipalities, List<String> naceCodes, List<String> forms,
		@Nullable Integer minEmployees, @Nullable Integer maxEmployees) {

	public BulkFilter {
		municipalities = List.copyOf(municipalities);
		naceCodes = List.copyOf(naceCodes);
		forms = forms.stream().map(f -> f.toUpperCase(Locale.ROOT)).toList();
	}

	/** A filter from what a form holds: lists separated by commas, spaces or semicolons. */
	public static BulkFilter parse(@Nullable String municipalities, @Nullable String naceCodes, @Nullable String forms,
			@Nullable Integer minEmployees, @Nullable Integer maxEmployees) {
		return new BulkFilter(split(municipalities), split(naceCodes), split(forms), minEmployees, maxEmployees);
	}

	private static List<String> split(@Nullable String s) {
		return s == null ? List.of() : Arrays.stream(s.split("[,;\\s]+")).filter(p -> !p.isBlank()).toList();
	}

	public boolean matches(RegisterUnit u) {
		if (!municipalities.isEmpty() && !municipalities.contains(u.municipalityNumber())) {
			return false;
		}
		if (!naceCodes.isEmpty() && (u.naceCode() == null || naceCodes.stream().noneMatch(u.naceCode()::startsWith))) {
			return false;
		}
		if (!forms.isEmpty() && !forms.contains(u.formCode())) {
			return false;
		}
		int employees = u.employees() == null ? 0 : u.employees();
		return (minEmployees == null || employees >= minEmployees) && (maxEmployees == null || employees <= maxEmployees);
	}

	/** The filter in the register's own field names, for the log of loads: "kommunenummer=0301 antallAnsatte=10-40". */
	public String describe() {
		var parts = new java.util.ArrayList<String>();
		if (!municipalities.isEmpty()) {
			parts.add("kommunenummer=" + String.join(",", municipalities));
		}
		if (!naceCodes.isEmpty()) {
			parts.add("naeringskode=" + String.join(",", naceCodes));
		}
		if (!forms.isEmpty()) {
			parts.add("organisasjonsform=" + String.join(",", forms));
		}
		if (minEmployees != null || maxEmployees != null) {
			parts.add("antallAnsatte=" + (minEmployees == null ? "" : minEmployees) + "-" + (maxEmployees == null ? "" : maxEmployees));
		}
		return String.join(" ", parts);
	}
}

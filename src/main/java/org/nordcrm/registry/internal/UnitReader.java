package org.nordcrm.registry.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nordcrm.registry.RegisterRole;
import org.nordcrm.registry.RegisterUnit;
import org.nordcrm.registry.RegisterUnit.RegisterAddress;

import tools.jackson.databind.JsonNode;

/** Reads the register's JSON (an {@code enhet}, a {@code /roller} answer) into the module's records. */
final class UnitReader {

	private UnitReader() {
	}

	/** A unit, or null when the node has no organisation number or name (not a unit). */
	static @Nullable RegisterUnit unit(JsonNode n) {
		var orgnr = text(n, "organisasjonsnummer");
		var name = text(n, "navn");
		if (orgnr == null) {
			return null;
		}
		var form = n.get("organisasjonsform");
		var nace = n.get("naeringskode1");
		var employees = n.get("antallAnsatte");
		return new RegisterUnit(orgnr, name == null ? orgnr : name, text(form, "kode"), text(form, "beskrivelse"),
				address(n.get("forretningsadresse")), address(n.get("postadresse")), text(nace, "kode"),
				text(nace, "beskrivelse"), employees != null && employees.isNumber() ? employees.asInt() : null,
				text(n, "hjemmeside"), flag(n, "registrertIMvaregisteret"), flag(n, "konkurs"), flag(n, "underAvvikling"),
				flag(n, "underTvangsavviklingEllerTvangsopplosning"), date(text(n, "slettedato")));
	}

	/** The persons among the roles who have not resigned, in the register's order. */
	static List<RegisterRole> roles(JsonNode answer) {
		var roles = new ArrayList<RegisterRole>();
		var groups = answer.get("rollegrupper");
		if (groups == null || !groups.isArray()) {
			return roles;
		}
		int i = 0;
		for (var group : groups) {
			var list = group.get("roller");
			if (list == null || !list.isArray()) {
				continue;
			}
			for (var role : list) {
				i++;
				var person = role.get("person");
				var name = person == null ? null : person.get("navn");
				if (name == null || flag(role, "fratraadt") || flag(person, "erDoed")) {
					continue;
				}
				var first = text(name, "fornavn");
				var last = text(name, "etternavn");
				var code = text(role.get("type"), "kode");
				var description = text(role.get("type"), "beskrivelse");
				if (first == null || last == null || code == null) {
					continue;
				}
				roles.add(new RegisterRole(code + "-" + i, code, description == null ? code : description, first,
						text(name, "mellomnavn"), last));
			}
		}
		return roles;
	}

	private static @Nullable RegisterAddress address(@Nullable JsonNode a) {
		if (a == null || !a.isObject()) {
			return null;
		}
		var lines = new ArrayList<String>();
		var adresse = a.get("adresse");
		if (adresse != null && adresse.isArray()) {
			adresse.forEach(l -> {
				if (l.isString() && !l.asString().isBlank()) {
					lines.add(l.asString().strip());
				}
			});
		}
		return new RegisterAddress(List.copyOf(lines), text(a, "postnummer"), text(a, "poststed"), text(a, "kommune"),
				text(a, "kommunenummer"), text(a, "landkode"));
	}

	static @Nullable String text(@Nullable JsonNode n, String field) {
		var v = n == null ? null : n.get(field);
		if (v == null || v.isNull() || v.isContainer()) {
			return null;
		}
		var s = v.asString().strip();
		return s.isEmpty() ? null : s;
	}

	private static boolean flag(@Nullable JsonNode n, String field) {
		var v = n == null ? null : n.get(field);
		return v != null && v.asBoolean(false);
	}

	private static @Nullable LocalDate date(@Nullable String s) {
		try {
			return s == null ? null : LocalDate.parse(s);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}

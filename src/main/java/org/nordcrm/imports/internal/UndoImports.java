package org.nordcrm.imports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.nordcrm.companies.CompanyId;
import org.nordcrm.companies.CompanyInput;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.contacts.LinkId;
import org.nordcrm.contacts.PersonId;
import org.nordcrm.contacts.PersonInput;
import org.nordcrm.imports.ImportId;
import org.nordcrm.notes.NoteId;
import org.nordcrm.notes.NoteManagement;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Takes an import back: its notes and links go, the records it updated get their earlier values back and the
 * records it created are deleted (soft: restorable like any deletion), each only while it is still at the version
 * the import left it. The ones changed since are kept as they are, and named.
 */
@Component
public class UndoImports {

	/** What undo did and which records it left because they were changed after the import. */
	public record Result(int removed, int reverted, List<String> kept) {
	}

	private final ImportJobs jobs;
	private final CompanyManagement companies;
	private final ContactManagement contacts;
	private final NoteManagement notes;
	private final JsonMapper json;

	UndoImports(ImportJobs jobs, CompanyManagement companies, ContactManagement contacts, NoteManagement notes, JsonMapper json) {
		this.jobs = jobs;
		this.companies = companies;
		this.contacts = contacts;
		this.notes = notes;
		this.json = json;
	}

	public Result undo(ImportId id) {
		int[] counts = { 0, 0 }; // removed, reverted
		var keptCompanies = new ArrayList<UUID>();
		var keptPersons = new ArrayList<UUID>();
		jobs.forEachWritten(id, w -> {
			switch (w.kind()) {
				case NoteManagement.KIND -> notes.find(new NoteId(w.id())).ifPresent(n -> notes.delete(n.id()));
				case "link" -> contacts.findLink(new LinkId(w.id())).ifPresent(l -> contacts.unlink(l.id()));
				case CompanyManagement.KIND -> companies.find(new CompanyId(w.id())).ifPresent(c -> take(w, c.version(), counts,
						keptCompanies, () -> companies.delete(c.id()), () -> {
							var before = json.readValue(w.before(), CompanyInput.class);
							before = before.withExtraInfo(before.originId(), before.sourceId(), before.productInterestIds(), w.versionAfter());
							if (!companies.problems(before, c.id()).isEmpty()) {
								return false;
							}
							companies.update(c.id(), before);
							return true;
						}));
				case ContactManagement.KIND -> contacts.find(new PersonId(w.id())).ifPresent(p -> take(w, p.version(), counts,
						keptPersons, () -> contacts.delete(p.id()), () -> {
							var b = json.readValue(w.before(), PersonInput.class);
							var before = new PersonInput(b.firstName(), b.lastName(), b.title(), b.phones(), b.mobiles(), b.emails(),
									b.birthDate(), b.address(), b.note(), b.ownerId(), b.categoryIds(), b.privateCustomer(), null, w.versionAfter());
							if (!contacts.problems(before).isEmpty()) {
								return false;
							}
							contacts.update(p.id(), before);
							return true;
						}));
				default -> throw new IllegalStateException("an import wrote an unknown kind: " + w.kind());
			}
		});
		var kept = new ArrayList<String>();
		kept.addAll(companies.names(keptCompanies).values());
		kept.addAll(contacts.names(keptPersons).values());
		kept.sort(null);
		return new Result(counts[0], counts[1], kept);
	}

	/**
	 * One record: left (and named) when it is not at the version the import left it or cannot be put back, else
	 * deleted (created by the import) or put back (updated by it).
	 */
	private static void take(ImportJobs.Written w, int version, int[] counts, List<UUID> kept, Runnable delete,
			java.util.function.BooleanSupplier revert) {
		if (w.versionAfter() == null || version != w.versionAfter()) {
			kept.add(w.id());
		}
		else if ("CREATED".equals(w.action())) {
			delete.run();
			counts[0]++;
		}
		else if (revert.getAsBoolean()) {
			counts[1]++;
		}
		else {
			kept.add(w.id());
		}
	}
}

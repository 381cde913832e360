package org.nordcrm.notes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.notes.internal.Notes;
import org.nordcrm.notes.internal.Targets;
import org.nordcrm.security.Role;
import org.nordcrm.security.UserId;
import org.nordcrm.security.UserManagement;
import org.nordcrm.shared.Checks;
import org.nordcrm.shared.CursorPage;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shared.RecordNotFound;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes of the current tenant, seen by the user the work is done for ({@link TenantContext#actor()}): every note
 * except other users' private ones. A note is changed or deleted by its author or an administrator.
 */
@Service
@Transactional
public class NoteManagement {

	public static final String KIND = "note";
	public static final int MAX_BODY = 20_000;

	private final Notes notes;
	private final Targets targets;
	private final UserManagement users;

	NoteManagement(Notes notes, Targets targets, UserManagement users) {
		this.notes = notes;
		this.targets = targets;
		this.users = users;
	}

	@Transactional(readOnly = true)
	public Note get(NoteId id) {
		return notes.find(id, TenantContext.actor()).orElseThrow(() -> new RecordNotFound(KIND, id));
	}

	/** The note if it exists and the current user may see it. */
	@Transactional(readOnly = true)
	public java.util.Optional<Note> find(NoteId id) {
		return notes.find(id, TenantContext.actor());
	}

	/** A record notes can be written on; a deleted record or another tenant's is not found. */
	@Transactional(readOnly = true)
	public NoteTarget target(String kind, UUID id) {
		return findTarget(kind, id).orElseThrow(() -> new RecordNotFound(kind, id));
	}

	@Transactional(readOnly = true)
	public Optional<NoteTarget> findTarget(String kind, UUID id) {
		return targets.find(kind, id);
	}

	/** The records a note could be from on this record's card: itself and, for a person, their companies. */
	@Transactional(readOnly = true)
	public List<NoteTarget> shownOn(NoteTarget target) {
		return targets.shownOn(target);
	}

	/** The notes a record's card shows, newest first: a person's own and their companies', older than {@code before}. */
	@Transactional(readOnly = true)
	public List<Note> onCard(List<NoteTarget> shownOn, @Nullable NoteId before, int limit) {
		return notes.on(shownOn, TenantContext.actor(), before == null ? null : before.value(), limit);
	}

	@Transactional(readOnly = true)
	public CursorPage<Note> page(NoteFilter filter, @Nullable String after, @Nullable Integer limit) {
		int n = CursorPage.limit(limit);
		return CursorPage.of(notes.page(filter, TenantContext.actor(), CursorPage.uuid(after), n), n, x -> x.id().toString());
	}

	public Note create(NoteInput in) {
		var checks = new Checks();
		NoteTarget target = null;
		if (in.recordKind() == null || in.recordKind().isBlank()) {
			checks.error("recordKind", "NotBlank");
		}
		else if (!Targets.KINDS.contains(in.recordKind())) {
			checks.error("recordKind", "notes.error.kind", String.join(", ", Targets.KINDS));
		}
		else if (in.recordId() == null) {
			checks.error("recordId", "NotNull");
		}
		else {
			target = targets.find(in.recordKind(), in.recordId()).orElse(null);
			if (target == null) {
				checks.error("recordId", "validation.unknown");
			}
		}
		var body = checks.required("body", in.body(), MAX_BODY);
		checkPrivate(checks, target, in.isPrivate());
		checks.done();
		return get(notes.insert(target.kind(), target.id(), body, author(), in.isPrivate()));
	}

	/** Changes a note's text and private flag; its record stays. */
	public Note update(NoteId id, NoteInput in) {
		var current = mayChange(get(id));
		var checks = new Checks();
		var body = checks.required("body", in.body(), MAX_BODY);
		if (in.isPrivate() && !current.privateNote()) {
			checkPrivate(checks, targets.find(current.recordKind(), current.recordId()).orElse(null), true);
		}
		checks.done();
		if (!notes.update(id, in.version() == null ? current.version() : in.version(), body, in.isPrivate())) {
			throw InvalidInput.of(null, "record.error.changedMeanwhile");
		}
		return get(id);
	}

	public void delete(NoteId id) {
		mayChange(get(id));
		notes.softDelete(id);
	}

	/** Whether the current user may change or delete the note: its author, or an administrator. */
	public static boolean mayChange(Note note, @Nullable UserId user, boolean admin) {
		return admin || note.authorId().equals(user);
	}

	private Note mayChange(Note note) {
		var actor = author();
		if (!mayChange(note, actor, users.find(actor).map(u -> u.role() == Role.ADMIN).orElse(false))) {
			throw new AccessDeniedException("only the author or an administrator changes a note");
		}
		return note;
	}

	private static void checkPrivate(Checks checks, @Nullable NoteTarget target, boolean privateNote) {
		if (privateNote && target != null && !target.privateCustomer()) {
			checks.error("privateNote", "notes.error.privateOnlyOnPrivateCustomer");
		}
	}

	private static UserId author() {
		var actor = TenantContext.actor();
		if (actor == null) {
			throw new IllegalStateException("notes are written by a user");
		}
		return new UserId(actor);
	}
}

package org.nordcrm.notes.internal;

import static org.nordcrm.jooq.Tables.NOTE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.nordcrm.jooq.tables.records.NoteRecord;
import org.nordcrm.notes.Note;
import org.nordcrm.notes.NoteFilter;
import org.nordcrm.notes.NoteId;
import org.nordcrm.notes.NoteTarget;
import org.nordcrm.security.UserId;
import org.nordcrm.shared.Ids;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.stereotype.Repository;

/**
 * The note table. Every read takes the viewer: a private note is seen by its author only, whoever else asks
 * (administrators too), so no read can forget it. Deleted notes are never read.
 */
@Repository
public class Notes {

	/** A found note with the passage that matched. */
	public record Match(UUID id, String recordKind, UUID recordId, String snippet) {
	}

	/** The words of a note in the stems of the three languages; the same expression as index note_words_idx. */
	private static final String WORDS = "(to_tsvector('norwegian', {0}) || to_tsvector('swedish', {0}) || to_tsvector('english', {0}))";
	private static final String WORD_QUERY = "(plainto_tsquery('norwegian', {0}) || plainto_tsquery('swedish', {0}) || plainto_tsquery('english', {0}))";
	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
	private static final int MAX_WORDS = 8;

	private final DSLContext db;

	Notes(DSLContext db) {
		this.db = db;
	}

	public Optional<Note> find(NoteId id, @Nullable UUID viewer) {
		return db.selectFrom(NOTE).where(NOTE.ID.eq(id.value()).and(visibleTo(viewer))).fetchOptional(Notes::toNote);
	}

	/** Notes on any of the records, newest first, older than {@code before} when given. */
	public List<Note> on(List<NoteTarget> records, @Nullable UUID viewer, @Nullable UUID before, int limit) {
		var byKind = records.stream().collect(Collectors.groupingBy(NoteTarget::kind, Collectors.mapping(NoteTarget::id, Collectors.toList())));
		var onAny = DSL.or(byKind.entrySet().stream().map(e -> NOTE.RECORD_KIND.eq(e.getKey()).and(NOTE.RECORD_ID.in(e.getValue()))).toList());
		return db.selectFrom(NOTE).where(onAny.and(visibleTo(viewer)).and(before == null ? DSL.noCondition() : NOTE.ID.lt(before)))
			.orderBy(NOTE.ID.desc()).limit(limit).fetch(Notes::toNote);
	}

	/** A page of notes by the filter, newest first; {@code limit + 1} rows, to tell whether more exist. */
	public List<Note> page(NoteFilter f, @Nullable UUID viewer, @Nullable UUID after, int limit) {
		var where = new ArrayList<Condition>();
		where.add(visibleTo(viewer));
		if (f.recordId() != null) {
			where.add(NOTE.RECORD_ID.eq(f.recordId()));
		}
		if (f.authorId() != null) {
			where.add(NOTE.AUTHOR_ID.eq(f.authorId().value()));
		}
		if (f.from() != null) {
			where.add(NOTE.CREATED_AT.ge(f.from()));
		}
		if (f.to() != null) {
			where.add(NOTE.CREATED_AT.lt(f.to()));
		}
		if (after != null) {
			where.add(NOTE.ID.lt(after));
		}
		return db.selectFrom(NOTE).where(where).orderBy(NOTE.ID.desc()).limit(limit + 1).fetch(Notes::toNote);
	}

	public NoteId insert(String kind, UUID record, String body, UserId author, boolean privateNote) {
		var r = db.newRecord(NOTE);
		r.setTenantId(TenantContext.require().value());
		r.setId(Ids.next());
		r.setRecordKind(kind);
		r.setRecordId(record);
		r.setBody(body);
		r.setAuthorId(author.value());
		r.setIsPrivate(privateNote);
		r.store();
		return new NoteId(r.getId());
	}

	/** Changes the text if the note is still at {@code version}; false when someone changed it meanwhile. */
	public boolean update(NoteId id, int version, String body, boolean privateNote) {
		return db.update(NOTE).set(NOTE.BODY, body).set(NOTE.IS_PRIVATE, privateNote).set(NOTE.VERSION, NOTE.VERSION.plus(1))
			.set(NOTE.UPDATED_AT, DSL.currentOffsetDateTime())
			.where(NOTE.ID.eq(id.value()).and(NOTE.VERSION.eq(version)).and(NOTE.DELETED_AT.isNull())).execute() == 1;
	}

	public boolean softDelete(NoteId id) {
		return db.update(NOTE).set(NOTE.DELETED_AT, DSL.currentOffsetDateTime()).set(NOTE.VERSION, NOTE.VERSION.plus(1))
			.where(NOTE.ID.eq(id.value()).and(NOTE.DELETED_AT.isNull())).execute() == 1;
	}

	/**
	 * Notes holding every word of {@code text} (each word in any of the three languages' stems), best first, with
	 * the passage that matched.
	 */
	public List<Match> search(String text, @Nullable UUID viewer, int limit) {
		var words = NOT_WORD.splitAsStream(text).filter(w -> !w.isEmpty()).limit(MAX_WORDS).toList();
		if (words.isEmpty()) {
			return List.of();
		}
		Field<Object> query = null;
		for (var w : words) {
			var one = DSL.field(WORD_QUERY, SQLDataType.OTHER, DSL.val(w));
			query = query == null ? one : DSL.field("({0} && {1})", SQLDataType.OTHER, query, one);
		}
		var vector = DSL.field(WORDS, SQLDataType.OTHER, NOTE.BODY);
		var snippet = DSL.field("ts_headline('norwegian', {0}, {1}, 'MaxFragments=1, MinWords=8, MaxWords=24, StartSel=\"\", StopSel=\"\"')",
				SQLDataType.VARCHAR, NOTE.BODY, query);
		return db.select(NOTE.ID, NOTE.RECORD_KIND, NOTE.RECORD_ID, snippet).from(NOTE)
			.where(DSL.condition("{0} @@ {1}", vector, query).and(visibleTo(viewer)))
			.orderBy(DSL.field("ts_rank({0}, {1})", SQLDataType.REAL, vector, query).desc(), NOTE.ID.desc()).limit(limit)
			.fetch(r -> new Match(r.value1(), r.value2(), r.value3(), r.value4()));
	}

	/** Moves the notes of one record to another; returns the ids moved. */
	public List<String> move(String kind, UUID from, UUID to) {
		return db.update(NOTE).set(NOTE.RECORD_ID, to).set(NOTE.VERSION, NOTE.VERSION.plus(1))
			.where(NOTE.RECORD_KIND.eq(kind).and(NOTE.RECORD_ID.eq(from)))
			.returning(NOTE.ID).fetch(NOTE.ID).stream().map(UUID::toString).toList();
	}

	/** Moves these notes, where they are still on {@code to}, back to {@code from}. */
	public void moveBack(String kind, UUID from, UUID to, List<String> moved) {
		if (!moved.isEmpty()) {
			db.update(NOTE).set(NOTE.RECORD_ID, from).set(NOTE.VERSION, NOTE.VERSION.plus(1))
				.where(NOTE.ID.in(moved.stream().map(UUID::fromString).toList()).and(NOTE.RECORD_KIND.eq(kind)).and(NOTE.RECORD_ID.eq(to)))
				.execute();
		}
	}

	/** Deletes for good every note of a record, deleted ones too; returns their ids. */
	public List<UUID> erase(String kind, UUID record) {
		return db.deleteFrom(NOTE).where(NOTE.RECORD_KIND.eq(kind).and(NOTE.RECORD_ID.eq(record))).returning(NOTE.ID).fetch(NOTE.ID);
	}

	private static Condition visibleTo(@Nullable UUID viewer) {
		var seen = viewer == null ? NOTE.IS_PRIVATE.isFalse() : NOTE.IS_PRIVATE.isFalse().or(NOTE.AUTHOR_ID.eq(viewer));
		return NOTE.DELETED_AT.isNull().and(seen);
	}

	private static Note toNote(NoteRecord r) {
		return new Note(new NoteId(r.getId()), r.getRecordKind(), r.getRecordId(), r.getBody(), new UserId(r.getAuthorId()),
				r.getIsPrivate(), r.getCreatedAt(), r.getUpdatedAt(), r.getVersion());
	}
}

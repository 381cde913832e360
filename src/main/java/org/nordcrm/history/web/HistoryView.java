package org.nordcrm.history.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.history.HistoryEntry;
import org.nordcrm.history.HistoryLog;
import org.nordcrm.imports.ImportManagement;
import org.nordcrm.security.UserManagement;
import org.nordcrm.settings.NamedRegister;
import org.nordcrm.settings.Registers;
import org.nordcrm.shared.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * Turns history entries into lines a user reads in their language: "Status: Prospekt → Aktiv". Field names come
 * from the form labels; ids become the names of what they point at (statuses, industries, users, companies...).
 */
@Component
class HistoryView {

	/** A line of the History tab. */
	record Line(long id, Instant at, @Nullable String who, String channelKey, String actionKey, @Nullable String related,
			List<Change> changes, UUID recordId, String recordKind, String recordKindKey, @Nullable String record,
			@Nullable String recordUrl, @Nullable UUID undoMergeOf, @Nullable String importFile) {
	}

	static final Map<String, String> URLS = Map.of("company", "/companies/", "person", "/contacts/");

	record Change(String field, String before, String after) {
	}

	/** Column → message key of its label; address columns are a prefix and a part. */
	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("name", "company.name"),
			Map.entry("nickname", "company.nickname"), Map.entry("organisation_number", "company.organisationNumber"),
			Map.entry("country", "company.country"), Map.entry("status_id", "company.status"),
			Map.entry("industry_id", "company.industry"), Map.entry("owner_id", "company.owner"),
			Map.entry("phone", "company.phone"), Map.entry("mobile", "company.mobile"), Map.entry("fax", "company.fax"),
			Map.entry("email", "company.email"), Map.entry("website", "company.website"),
			Map.entry("invoice_method", "company.invoiceMethod"), Map.entry("invoice_email", "company.invoiceEmail"),
			Map.entry("employees", "company.employees"), Map.entry("turnover", "company.turnover"),
			Map.entry("turnover_currency", "company.currency"), Map.entry("note", "company.note"),
			Map.entry("customer_number", "company.customerNumber"), Map.entry("is_customer", "company.relation.CUSTOMER"),
			Map.entry("is_supplier", "company.relation.SUPPLIER"), Map.entry("is_partner", "company.relation.PARTNER"),
			Map.entry("is_other", "company.relation.OTHER"), Map.entry("first_name", "contact.firstName"),
			Map.entry("last_name", "contact.lastName"), Map.entry("title", "contact.title"),
			Map.entry("birth_date", "contact.birthDate"), Map.entry("street", "address.street"),
			Map.entry("postcode", "address.postcode"), Map.entry("city", "address.city"),
			Map.entry("position", "contact.position"), Map.entry("role_id", "contact.role"),
			Map.entry("work_phone", "contact.workPhone"), Map.entry("work_email", "contact.workEmail"),
			Map.entry("employed", "contact.employed"), Map.entry("value", "history.field.value"),
			Map.entry("kind", "history.field.kind"), Map.entry("merged_into_id", "history.field.mergedInto"),
			Map.entry("company_id", "history.kind.company"), Map.entry("person_id", "history.kind.person"),
			Map.entry("origin_id", "company.origin"), Map.entry("source_id", "company.source"),
			Map.entry("extra_info_tab", "preferences.extraInfoTab"), Map.entry("body", "notes.body"),
			Map.entry("is_private", "notes.privateBadge"), Map.entry("folder_id", "files.folder"),
			Map.entry("is_lead", "lead.badge"), Map.entry("lead_number", "lead.number"), Map.entry("record_kind", "lead.kind"),
			Map.entry("converted_at", "lead.convertedAt"), Map.entry("converted_by", "lead.convertedBy"));
	private static final Map<String, String> ADDRESSES = Map.of("visit_", "company.visitingAddress", "postal_",
			"company.postalAddress", "invoice_", "company.invoiceAddress", "delivery_", "company.deliveryAddress");

	private final MessageSource messages;
	private final Formats formats;
	private final Registers registers;
	private final UserManagement users;
	private final CompanyManagement companies;
	private final ContactManagement contacts;
	private final ImportManagement imports;

	HistoryView(MessageSource messages, Formats formats, Registers registers, UserManagement users,
			CompanyManagement companies, ContactManagement contacts, ImportManagement imports) {
		this.imports = imports;
		this.messages = messages;
		this.formats = formats;
		this.registers = registers;
		this.users = users;
		this.companies = companies;
		this.contacts = contacts;
	}

	List<Line> lines(List<HistoryEntry> entries) {
		var names = names(entries);
		var files = imports.fileNames(entries.stream().map(HistoryEntry::importId).filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.toSet()));
		var lines = new ArrayList<Line>();
		// newest first: a merge is undoable unless a newer entry of the same survivor says it was undone
		var undone = new HashSet<String>();
		for (var e : entries) {
			var pair = e.recordId() + "/" + e.relatedId();
			boolean undoable = e.action().equals(HistoryLog.MERGED) && !undone.contains(pair);
			if (e.action().equals(HistoryLog.UNMERGED)) {
				undone.add(pair);
			}
			var changes = new ArrayList<Change>();
			e.changes().forEach((field, values) -> changes.add(
					new Change(label(field), value(field, values[0], names), value(field, values[1], names))));
			var url = URLS.get(e.recordKind());
			lines.add(new Line(e.id(), e.at().toInstant(), e.actorId() == null ? null : names.get(e.actorId()),
					"history.channel." + e.channel(), "history.action." + e.action(),
					e.relatedId() == null ? null : names.get(e.relatedId()), changes, e.recordId(), e.recordKind(),
					"history.kind." + e.recordKind(), names.get(e.recordId()), url == null ? null : url + e.recordId(),
					undoable ? e.relatedId() : null, e.importId() == null ? null : files.get(e.importId())));
		}
		return lines;
	}

	/** Names of every id the entries mention, fetched once per kind of record. */
	private Map<UUID, String> names(List<HistoryEntry> entries) {
		var names = new HashMap<UUID, String>();
		users.list().forEach(u -> names.put(u.id().value(), u.name()));
		registers.statuses().forEach(s -> names.put(s.id().value(), s.name()));
		registers.industries().forEach(i -> names.put(i.id().value(), i.name()));
		registers.roles().forEach(r -> names.put(r.id().value(), r.name()));
		registers.categories().forEach(c -> names.put(c.id().value(), c.name()));
		for (var register : List.of(NamedRegister.ORIGINS, NamedRegister.SOURCES, NamedRegister.PRODUCT_INTERESTS,
				NamedRegister.LEAD_STATUSES)) {
			registers.list(register).forEach(e -> names.put(e.id().value(), e.name()));
		}
		var related = new ArrayList<UUID>();
		entries.forEach(e -> {
			related.add(e.recordId());
			if (e.relatedId() != null) {
				related.add(e.relatedId());
			}
		});
		var ids = related.stream().distinct().toList();
		names.putAll(companies.names(ids));
		names.putAll(contacts.names(ids));
		return names;
	}

	private String label(String field) {
		var locale = LocaleContextHolder.getLocale();
		var key = LABELS.get(field);
		if (key != null) {
			return messages.getMessage(key, null, field, locale);
		}
		for (var address : ADDRESSES.entrySet()) {
			if (field.startsWith(address.getKey())) {
				var part = LABELS.getOrDefault(field.substring(address.getKey().length()), "address.country");
				return messages.getMessage(address.getValue(), null, locale) + ", "
						+ messages.getMessage(part, null, locale).toLowerCase(locale);
			}
		}
		return field.replace('_', ' ');
	}

	private String value(String field, @Nullable JsonNode node, Map<UUID, String> names) {
		if (node == null || node.isNull()) {
			return "";
		}
		var locale = LocaleContextHolder.getLocale();
		if (node.isBoolean()) {
			return messages.getMessage(node.asBoolean() ? "history.yes" : "history.no", null, locale);
		}
		var text = node.asString();
		if (field.endsWith("_id") || field.endsWith("_by")) {
			return lookup(text, names::get);
		}
		if (field.contains("phone") || field.equals("mobile") || field.equals("fax") || field.equals("value") && text.startsWith("+")) {
			return formats.phone(text);
		}
		return text;
	}

	private static String lookup(String id, Function<UUID, @Nullable String> names) {
		try {
			var name = names.apply(UUID.fromString(id));
			return name == null ? id : name;
		}
		catch (IllegalArgumentException e) {
			return id;
		}
	}
}

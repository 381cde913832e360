package org.nordcrm.shell.web;

import java.util.List;

import org.nordcrm.shell.RecordSection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The card templates' access to the blocks modules contribute under a record's facts ({@code @recordSections}). */
@Component("recordSections")
class RecordSections {

	private final List<RecordSection> all;

	RecordSections(ObjectProvider<RecordSection> sections) {
		this.all = sections.orderedStream().toList();
	}

	public List<RecordSection> of(String recordKind) {
		return RecordSection.of(all, recordKind);
	}
}

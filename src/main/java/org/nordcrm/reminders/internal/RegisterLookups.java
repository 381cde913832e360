package org.nordcrm.reminders.internal;

import java.util.Optional;
import java.util.UUID;

import org.nordcrm.companies.CompanyId;
import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.contacts.PersonId;
import org.nordcrm.reminders.RecordLookup;
import org.nordcrm.reminders.WatchedRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Companies and persons can be watched; read through their modules' APIs, as they know nothing of reminders. */
@Configuration(proxyBeanMethods = false)
class RegisterLookups {

	@Bean
	RecordLookup companyLookup(CompanyManagement companies) {
		return new RecordLookup() {

			@Override
			public String kind() {
				return CompanyManagement.KIND;
			}

			@Override
			public Optional<WatchedRecord> find(UUID id) {
				return companies.find(new CompanyId(id)).map(c -> new WatchedRecord(kind(), id, c.name(), "/companies/" + id));
			}
		};
	}

	@Bean
	RecordLookup personLookup(ContactManagement contacts) {
		return new RecordLookup() {

			@Override
			public String kind() {
				return ContactManagement.KIND;
			}

			@Override
			public Optional<WatchedRecord> find(UUID id) {
				return contacts.find(new PersonId(id)).map(p -> new WatchedRecord(kind(), id, p.name(), "/contacts/" + id));
			}
		};
	}
}

package org.nordcrm.contacts.web;

import java.util.UUID;

import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.shell.RecordTab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Contacts tab on a company's card and the Companies tab on a person's card. */
@Configuration
class LinkTabs {

	record Tab(String recordKind, String key, String labelKey, int order, String pathPattern) implements RecordTab {

		@Override
		public String path(UUID record) {
			return pathPattern.formatted(record);
		}
	}

	@Bean
	RecordTab companyContactsTab() {
		return new Tab(CompanyManagement.KIND, "contacts", "contact.plural", 10, "/companies/%s/contacts-tab");
	}

	@Bean
	RecordTab personCompaniesTab() {
		return new Tab(ContactManagement.KIND, "companies", "company.plural", 10, "/contacts/%s/companies-tab");
	}
}

package org.nordcrm.contacts.web;

import org.nordcrm.companies.CompanyManagement;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.shell.RecordTab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Contacts tab on a company's card and the Companies tab on a person's card. */
@Configuration
class LinkTabs {

	@Bean
	RecordTab companyContactsTab() {
		return new RecordTab.Simple(CompanyManagement.KIND, "contacts", "contact.plural", 10, "/companies/%s/contacts-tab");
	}

	@Bean
	RecordTab personCompaniesTab() {
		return new RecordTab.Simple(ContactManagement.KIND, "companies", "company.plural", 10, "/contacts/%s/companies-tab");
	}
}

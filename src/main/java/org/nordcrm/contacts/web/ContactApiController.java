package org.nordcrm.contacts.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nordcrm.companies.CompanyId;
import org.nordcrm.contacts.CompanyLink;
import org.nordcrm.contacts.ContactAtCompany;
import org.nordcrm.contacts.ContactManagement;
import org.nordcrm.contacts.LinkId;
import org.nordcrm.contacts.LinkInput;
import org.nordcrm.contacts.Person;
import org.nordcrm.contacts.PersonFilter;
import org.nordcrm.contacts.PersonId;
import org.nordcrm.contacts.PersonInput;
import org.nordcrm.security.UserId;
import org.nordcrm.settings.CategoryId;
import org.nordcrm.shared.CursorPage;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Contacts", description = "Contact persons, their links to companies, and private customers")
@SecurityRequirement(name = "token")
class ContactApiController {

	private final ContactManagement contacts;

	ContactApiController(ContactManagement contacts) {
		this.contacts = contacts;
	}

	@GetMapping("/contacts")
	@Operation(summary = "List persons, oldest first, a page at a time; privateCustomers=true for private customers only")
	CursorPage<Person> list(@RequestParam(required = false) @Nullable Boolean privateCustomers,
			@RequestParam(required = false) @Nullable UUID category, @RequestParam(required = false) @Nullable UUID owner,
			@RequestParam(required = false) @Nullable String after, @RequestParam(required = false) @Nullable Integer limit) {
		return contacts.page(new PersonFilter(privateCustomers, category == null ? null : new CategoryId(category),
				owner == null ? null : new UserId(owner)), after, limit);
	}

	@GetMapping("/contacts/{id}")
	@Operation(summary = "One person")
	Person get(@PathVariable PersonId id) {
		return contacts.get(id);
	}

	@PostMapping("/contacts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a person; privateCustomer=true saves a private customer with a customer number")
	Person create(@RequestBody PersonInput input) {
		return contacts.create(input);
	}

	@PutMapping("/contacts/{id}")
	@Operation(summary = "Change a person: send all fields; 'version' as read")
	Person update(@PathVariable PersonId id, @RequestBody PersonInput input) {
		return contacts.update(id, input);
	}

	@DeleteMapping("/contacts/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a person (kept, hidden, restorable by an administrator)")
	void delete(@PathVariable PersonId id) {
		contacts.delete(id);
	}

	@GetMapping("/contacts/{id}/companies")
	@Operation(summary = "The person's links to companies")
	List<CompanyLink> links(@PathVariable PersonId id) {
		return contacts.linksOf(id);
	}

	@PostMapping("/contacts/{id}/companies")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Link the person to a company (once per company) with position, role, work phone and e-mail")
	CompanyLink link(@PathVariable PersonId id, @RequestBody LinkInput input) {
		return contacts.link(id, input);
	}

	@PutMapping("/contact-links/{id}")
	@Operation(summary = "Change a link's position, role, work phone, work e-mail or employed flag")
	CompanyLink updateLink(@PathVariable LinkId id, @RequestBody LinkInput input) {
		return contacts.updateLink(id, input);
	}

	@DeleteMapping("/contact-links/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Unlink a person from a company")
	void unlink(@PathVariable LinkId id) {
		contacts.unlink(id);
	}

	@GetMapping("/companies/{id}/contacts")
	@Operation(summary = "A company's contact persons with their links")
	List<ContactAtCompany> contactsOf(@PathVariable CompanyId id) {
		return contacts.contactsOf(id);
	}
}

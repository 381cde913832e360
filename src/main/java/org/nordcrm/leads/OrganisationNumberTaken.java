package org.nordcrm.leads;

import java.util.UUID;

import org.nordcrm.shared.InvalidInput;

/**
 * A lead company is not converted while a customer has its organisation number: the two are one company, and the
 * lead should be merged into that customer instead (module merging).
 */
public class OrganisationNumberTaken extends InvalidInput {

	private final UUID customerId;
	private final String customerName;

	public OrganisationNumberTaken(UUID customerId, String customerName, long customerNumber) {
		super(java.util.List.of(new FieldError("organisationNumber", "lead.error.organisationNumberTaken", customerName,
				String.valueOf(customerNumber), customerId.toString())));
		this.customerId = customerId;
		this.customerName = customerName;
	}

	public UUID customerId() {
		return customerId;
	}

	public String customerName() {
		return customerName;
	}
}

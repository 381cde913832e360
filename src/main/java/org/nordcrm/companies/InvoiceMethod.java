package org.nordcrm.companies;

/** How the company wants its invoices: by e-mail, as an e-invoice (EHF/Peppol) or on paper. */
public enum InvoiceMethod {
	EMAIL, EHF, PAPER
}

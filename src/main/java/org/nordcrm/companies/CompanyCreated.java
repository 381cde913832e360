package org.nordcrm.companies;

/**
 * A company was created (by hand, through the API, by an import or from a lead): published in the creating
 * transaction, so what listeners add for the new company commits or rolls back with it.
 */
public record CompanyCreated(CompanyId id) {
}

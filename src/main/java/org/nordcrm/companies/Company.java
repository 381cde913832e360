package org.nordcrm.companies;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.nordcrm.security.UserId;
import org.nordcrm.settings.CategoryId;
import org.nordcrm.settings.CompanyStatusId;
import org.nordcrm.settings.ContactOriginId;
import org.nordcrm.settings.IndustryId;
import org.nordcrm.settings.ProductInterestId;
import org.nordcrm.settings.SourceId;

/**
 * A company in the customer register. Phone numbers are kept in E.164 form ("+4791234567") where they could be
 * read as phone numbers. Origin, source and products of interest are its extra info (Tilleggsinfo). A lead (module
 * leads) is a company flagged {@code lead}: it has no customer number until it is converted to a customer.
 */
public record Company(CompanyId id, @Nullable Long customerNumber, String name, @Nullable String nickname,
		@Nullable String organisationNumber, String country, Set<Relation> relations, @Nullable CompanyStatusId statusId,
		@Nullable IndustryId industryId, @Nullable UserId ownerId, @Nullable String phone, @Nullable String mobile,
		@Nullable String fax, @Nullable String email, @Nullable String website, Address visitingAddress,
		Address postalAddress, Address invoiceAddress, Address deliveryAddress, @Nullable InvoiceMethod invoiceMethod,
		@Nullable String invoiceEmail, @Nullable Integer employees, @Nullable BigDecimal turnover, String turnoverCurrency,
		@Nullable String note, List<CategoryId> categoryIds, @Nullable ContactOriginId originId, @Nullable SourceId sourceId,
		List<ProductInterestId> productInterestIds, OffsetDateTime createdAt, OffsetDateTime updatedAt, int version,
		boolean lead) {

	/** The kind of record a lead company is found as in search (customers are {@value CompanyManagement#KIND}). */
	public static final String LEAD_KIND = "lead-company";

	/** The kind it is indexed as in search. */
	public String searchKind() {
		return lead ? LEAD_KIND : CompanyManagement.KIND;
	}

	/** The organisation number as people write it (923 609 016, 556036-0793). */
	public @Nullable String organisationNumberFormatted() {
		return organisationNumber == null ? null : new OrganisationNumber(country, organisationNumber).formatted();
	}

	/** The town people know the company by: the visiting address's, else the postal address's. */
	public @Nullable String city() {
		return visitingAddress.city() != null ? visitingAddress.city() : postalAddress.city();
	}
}

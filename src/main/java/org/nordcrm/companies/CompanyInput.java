package org.nordcrm.companies;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.nordcrm.security.UserId;
import org.nordcrm.settings.CategoryId;
import org.nordcrm.settings.CompanyStatusId;
import org.nordcrm.settings.ContactOriginId;
import org.nordcrm.settings.IndustryId;
import org.nordcrm.settings.NumberSeriesId;
import org.nordcrm.settings.ProductInterestId;
import org.nordcrm.settings.SourceId;

/**
 * What a user or an API client gives to create or change a company: as typed, checked by
 * {@link CompanyManagement}. On a change, {@code version} is the version that was read (optimistic locking) and
 * {@code numberSeriesId} is not used.
 */
public record CompanyInput(@Nullable String name, @Nullable String nickname, @Nullable String organisationNumber,
		@Nullable String country, @Nullable Set<Relation> relations, @Nullable CompanyStatusId statusId,
		@Nullable IndustryId industryId, @Nullable UserId ownerId, @Nullable String phone, @Nullable String mobile,
		@Nullable String fax, @Nullable String email, @Nullable String website, Address visitingAddress,
		Address postalAddress, Address invoiceAddress, Address deliveryAddress,
		@Nullable InvoiceMethod invoiceMethod, @Nullable String invoiceEmail, @Nullable Integer employees,
		@Nullable BigDecimal turnover, @Nullable String turnoverCurrency, @Nullable String note,
		List<CategoryId> categoryIds, @Nullable ContactOriginId originId, @Nullable SourceId sourceId,
		List<@Nullable ProductInterestId> productInterestIds, @Nullable NumberSeriesId numberSeriesId,
		@Nullable Integer version) {

	/** Left out addresses are empty ones, left out categories and products none, so a form can always be shown again. */
	@SuppressWarnings("NullAway")
	public CompanyInput {
		visitingAddress = visitingAddress == null ? Address.EMPTY : visitingAddress;
		postalAddress = postalAddress == null ? Address.EMPTY : postalAddress;
		invoiceAddress = invoiceAddress == null ? Address.EMPTY : invoiceAddress;
		deliveryAddress = deliveryAddress == null ? Address.EMPTY : deliveryAddress;
		categoryIds = categoryIds == null ? List.of() : categoryIds;
		productInterestIds = productInterestIds == null ? List.of() : productInterestIds;
	}

	/** A company without extra info (origin, source, products of interest), for callers that do not deal in it. */
	public CompanyInput(@Nullable String name, @Nullable String nickname, @Nullable String organisationNumber,
			@Nullable String country, @Nullable Set<Relation> relations, @Nullable CompanyStatusId statusId,
			@Nullable IndustryId industryId, @Nullable UserId ownerId, @Nullable String phone, @Nullable String mobile,
			@Nullable String fax, @Nullable String email, @Nullable String website, Address visitingAddress,
			Address postalAddress, Address invoiceAddress, Address deliveryAddress,
			@Nullable InvoiceMethod invoiceMethod, @Nullable String invoiceEmail, @Nullable Integer employees,
			@Nullable BigDecimal turnover, @Nullable String turnoverCurrency, @Nullable String note,
			List<CategoryId> categoryIds, @Nullable NumberSeriesId numberSeriesId, @Nullable Integer version) {
		this(name, nickname, organisationNumber, country, relations, statusId, industryId, ownerId, phone, mobile, fax, email,
				website, visitingAddress, postalAddress, invoiceAddress, deliveryAddress, invoiceMethod, invoiceEmail,
				employees, turnover, turnoverCurrency, note, categoryIds, null, null, List.of(), numberSeriesId, version);
	}

	public static CompanyInput empty() {
		return new CompanyInput(null, null, null, "NO", Set.of(Relation.CUSTOMER), null, null, null, null, null, null, null,
				null, Address.EMPTY, Address.EMPTY, Address.EMPTY, Address.EMPTY, null, null, null, null, "NOK", null, List.of(),
				null, null);
	}

	public static CompanyInput of(Company c) {
		return new CompanyInput(c.name(), c.nickname(), c.organisationNumber(), c.country(), c.relations(), c.statusId(),
				c.industryId(), c.ownerId(), c.phone(), c.mobile(), c.fax(), c.email(), c.website(), c.visitingAddress(),
				c.postalAddress(), c.invoiceAddress(), c.deliveryAddress(), c.invoiceMethod(), c.invoiceEmail(), c.employees(),
				c.turnover(), c.turnoverCurrency(), c.note(), c.categoryIds(), c.originId(), c.sourceId(),
				List.copyOf(c.productInterestIds()), null, c.version());
	}

	/** This input with other extra info, the rest as it is. */
	public CompanyInput withExtraInfo(@Nullable ContactOriginId origin, @Nullable SourceId source,
			List<@Nullable ProductInterestId> products, @Nullable Integer version) {
		return new CompanyInput(name, nickname, organisationNumber, country, relations, statusId, industryId, ownerId, phone,
				mobile, fax, email, website, visitingAddress, postalAddress, invoiceAddress, deliveryAddress, invoiceMethod,
				invoiceEmail, employees, turnover, turnoverCurrency, note, categoryIds, origin, source, products,
				numberSeriesId, version);
	}
}

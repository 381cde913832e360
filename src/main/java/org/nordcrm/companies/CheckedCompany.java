package org.nordcrm.companies;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nordcrm.settings.NumberSeriesId;
import org.nordcrm.shared.InvalidInput;

/**
 * A new company's input checked by the register's rules ({@link CompanyManagement#check}): the company it makes, or
 * what is wrong with it. Creating from it ({@link CompanyManagement#createAll}) does not check it again, so a bulk
 * write (an import, a load of the register) checks each row once.
 */
public final class CheckedCompany {

	private final @Nullable Company company;
	private final @Nullable NumberSeriesId numberSeriesId;
	private final List<InvalidInput.FieldError> errors;

	CheckedCompany(@Nullable Company company, @Nullable NumberSeriesId numberSeriesId, List<InvalidInput.FieldError> errors) {
		this.company = company;
		this.numberSeriesId = numberSeriesId;
		this.errors = List.copyOf(errors);
	}

	/** The field errors; none when the company can be created. */
	public List<InvalidInput.FieldError> errors() {
		return errors;
	}

	/** The company to create; the errors as thrown by {@link CompanyManagement#create} when it cannot be. */
	Company company() {
		if (company == null) {
			throw new InvalidInput(errors);
		}
		return company;
	}

	@Nullable NumberSeriesId numberSeriesId() {
		return numberSeriesId;
	}
}

package org.nordcrm.settings;

/** @param isDefault the status a new company gets when none is chosen */
public record CompanyStatus(CompanyStatusId id, String name, boolean isDefault) {
}

package org.nordcrm.tenancy;

import java.io.Serializable;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record TenantId(@JsonValue UUID value) implements Serializable {

	@Override
	public String toString() {
		return value.toString();
	}
}

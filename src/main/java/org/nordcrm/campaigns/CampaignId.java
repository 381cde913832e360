package org.nordcrm.campaigns;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record CampaignId(@JsonValue UUID value) {

	public static CampaignId of(String value) {
		return new CampaignId(UUID.fromString(value.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}

package org.nordcrm.campaigns.web;

import org.jspecify.annotations.Nullable;
import org.nordcrm.campaigns.Campaign;
import org.nordcrm.campaigns.CampaignInput;

/** The campaign form: name, description and the version the user saw. */
public class CampaignForm {

	private @Nullable String name;
	private @Nullable String description;
	private @Nullable Integer version;

	static CampaignForm of(Campaign c) {
		var f = new CampaignForm();
		f.name = c.name();
		f.description = c.description();
		f.version = c.version();
		return f;
	}

	CampaignInput input() {
		return new CampaignInput(name, description == null ? "" : description, version);
	}

	public @Nullable String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public @Nullable Integer getVersion() {
		return version;
	}

	public void setVersion(@Nullable Integer version) {
		this.version = version;
	}
}

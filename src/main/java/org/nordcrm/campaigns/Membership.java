package org.nordcrm.campaigns;

/** A record's place in a campaign: the campaign's id and name and the member it is there. */
public record Membership(CampaignId campaignId, String campaignName, Member member) {
}

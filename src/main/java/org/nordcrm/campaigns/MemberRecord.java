package org.nordcrm.campaigns;

import java.util.UUID;

/** The record a campaign member is: kind ("company" or "person"), id, its name and where its card opens. */
public record MemberRecord(String kind, UUID id, String name, String url) {
}

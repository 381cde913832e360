package org.nordcrm.settings;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nordcrm.security.UserId;

/**
 * A group of users in the tenant's group tree. Sales groups are what sales reports and budgets use.
 *
 * @param children the sub-groups, by name
 */
public record UserGroup(UserGroupId id, @Nullable UserGroupId parentId, String name, @Nullable String description, Type type,
		List<Member> members, List<UserGroup> children) {

	public enum Type {
		STANDARD, SALES
	}

	/** A user in a group, with their role in it ("Team leader", "Key account"...). */
	public record Member(UserId userId, @Nullable String roleName) {
	}
}

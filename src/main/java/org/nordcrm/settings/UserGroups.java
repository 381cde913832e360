package org.nordcrm.settings;

import static org.nordcrm.jooq.Tables.USER_GROUP;
import static org.nordcrm.jooq.Tables.USER_GROUP_MEMBER;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.nordcrm.jooq.tables.records.UserGroupRecord;
import org.nordcrm.security.UserId;
import org.nordcrm.security.UserManagement;
import org.nordcrm.shared.Checks;
import org.nordcrm.shared.Ids;
import org.nordcrm.shared.InvalidInput;
import org.nordcrm.shared.RecordNotFound;
import org.nordcrm.tenancy.TenantContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's user groups: a tree of groups with users as members. */
@Service
@Transactional
public class UserGroups {

	private final DSLContext db;
	private final UserManagement users;

	UserGroups(DSLContext db, UserManagement users) {
		this.db = db;
		this.users = users;
	}

	/** The top-level groups, each with its sub-groups and members, by name at every level. */
	@Transactional(readOnly = true)
	public List<UserGroup> tree() {
		var rows = db.selectFrom(USER_GROUP).fetch();
		var members = new HashMap<UUID, List<UserGroup.Member>>();
		db.selectFrom(USER_GROUP_MEMBER).forEach(m -> members.computeIfAbsent(m.getGroupId(), k -> new ArrayList<>())
			.add(new UserGroup.Member(new UserId(m.getUserId()), m.getRoleName())));
		var byParent = new HashMap<@Nullable UUID, List<UserGroupRecord>>();
		rows.forEach(r -> byParent.computeIfAbsent(r.getParentId(), k -> new ArrayList<>()).add(r));
		return build(null, byParent, members);
	}

	private static List<UserGroup> build(@Nullable UUID parent, Map<@Nullable UUID, List<UserGroupRecord>> byParent,
			Map<UUID, List<UserGroup.Member>> members) {
		return byParent.getOrDefault(parent, List.of()).stream()
			.sorted(Comparator.comparing(r -> r.getName().toLowerCase()))
			.map(r -> new UserGroup(new UserGroupId(r.getId()), parent == null ? null : new UserGroupId(parent), r.getName(),
					r.getDescription(), UserGroup.Type.valueOf(r.getType()), members.getOrDefault(r.getId(), List.of()),
					build(r.getId(), byParent, members)))
			.toList();
	}

	@Transactional(readOnly = true)
	public UserGroup get(UserGroupId id) {
		return find(tree(), id).orElseThrow(() -> new RecordNotFound("group", id));
	}

	private static Optional<UserGroup> find(List<UserGroup> groups, UserGroupId id) {
		for (var g : groups) {
			if (g.id().equals(id)) {
				return Optional.of(g);
			}
			var inside = find(g.children(), id);
			if (inside.isPresent()) {
				return inside;
			}
		}
		return Optional.empty();
	}

	/** Creates a group (id null) or changes one; a group cannot be moved under itself or under one of its own. */
	public UserGroup save(@Nullable UserGroupId id, @Nullable String name, @Nullable String description,
			UserGroup.@Nullable Type type, @Nullable UserGroupId parent) {
		var record = id == null ? null : row(id);
		var checks = new Checks();
		var n = checks.required("name", name, 100);
		var d = checks.optional("description", description, 500);
		if (type == null) {
			checks.error("type", "NotNull");
		}
		if (parent != null) {
			if (db.fetchCount(USER_GROUP, USER_GROUP.ID.eq(parent.value())) == 0) {
				checks.error("parentId", "validation.unknown");
			}
			else if (id != null && (parent.equals(id) || isBelow(parent.value(), id.value()))) {
				checks.error("parentId", "group.error.cycle");
			}
		}
		checks.done();
		var r = record == null ? db.newRecord(USER_GROUP) : record;
		if (record == null) {
			r.setTenantId(TenantContext.require().value());
			r.setId(Ids.next());
		}
		else {
			r.setVersion(r.getVersion() + 1);
		}
		r.setName(n);
		r.setDescription(d);
		r.setType(type.name());
		r.setParentId(parent == null ? null : parent.value());
		try {
			r.store();
		}
		catch (DuplicateKeyException e) {
			throw InvalidInput.of("name", "register.error.nameTaken");
		}
		return get(new UserGroupId(r.getId()));
	}

	/** Whether {@code group} lies somewhere below {@code ancestor}. */
	private boolean isBelow(UUID group, UUID ancestor) {
		UUID at = group;
		for (int depth = 0; at != null && depth < 1000; depth++) {
			if (at.equals(ancestor)) {
				return true;
			}
			at = db.select(USER_GROUP.PARENT_ID).from(USER_GROUP).where(USER_GROUP.ID.eq(at)).fetchOne(USER_GROUP.PARENT_ID);
		}
		return false;
	}

	/** Deletes a group without sub-groups, and its memberships. */
	public void delete(UserGroupId id) {
		row(id);
		if (db.fetchExists(USER_GROUP, USER_GROUP.PARENT_ID.eq(id.value()))) {
			throw InvalidInput.of(null, "group.error.hasChildren");
		}
		db.deleteFrom(USER_GROUP_MEMBER).where(USER_GROUP_MEMBER.GROUP_ID.eq(id.value())).execute();
		db.deleteFrom(USER_GROUP).where(USER_GROUP.ID.eq(id.value())).execute();
	}

	/** Adds a user to a group, or changes their role name in it. */
	public void addMember(UserGroupId group, @Nullable UserId user, @Nullable String roleName) {
		row(group);
		var checks = new Checks();
		var role = checks.optional("roleName", roleName, 100);
		if (user == null || users.find(user).isEmpty()) {
			checks.error("userId", user == null ? "NotNull" : "validation.unknown");
		}
		checks.done();
		db.insertInto(USER_GROUP_MEMBER)
			.set(USER_GROUP_MEMBER.TENANT_ID, TenantContext.require().value())
			.set(USER_GROUP_MEMBER.GROUP_ID, group.value())
			.set(USER_GROUP_MEMBER.USER_ID, user.value())
			.set(USER_GROUP_MEMBER.ROLE_NAME, role)
			.onConflict(USER_GROUP_MEMBER.TENANT_ID, USER_GROUP_MEMBER.GROUP_ID, USER_GROUP_MEMBER.USER_ID)
			.doUpdate().set(USER_GROUP_MEMBER.ROLE_NAME, role)
			.execute();
	}

	public void removeMember(UserGroupId group, UserId user) {
		row(group);
		db.deleteFrom(USER_GROUP_MEMBER)
			.where(USER_GROUP_MEMBER.GROUP_ID.eq(group.value()).and(USER_GROUP_MEMBER.USER_ID.eq(user.value())))
			.execute();
	}

	private UserGroupRecord row(UserGroupId id) {
		var r = db.fetchOne(USER_GROUP, USER_GROUP.ID.eq(id.value()));
		if (r == null) {
			throw new RecordNotFound("group", id);
		}
		return r;
	}
}

package org.nordcrm.settings.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nordcrm.security.UserId;
import org.nordcrm.settings.UserGroup;
import org.nordcrm.settings.UserGroupId;
import org.nordcrm.settings.UserGroups;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/groups")
@Tag(name = "Groups", description = "User groups: a tree of standard and sales groups with members")
@SecurityRequirement(name = "token")
class GroupApiController {

	record GroupInput(@Nullable String name, @Nullable String description, UserGroup.@Nullable Type type,
			@Nullable UserGroupId parentId) {
	}

	record MemberInput(@Nullable String roleName) {
	}

	record Tree(List<UserGroup> items) {
	}

	private final UserGroups groups;

	GroupApiController(UserGroups groups) {
		this.groups = groups;
	}

	@GetMapping
	@Operation(summary = "The group tree: top-level groups with their sub-groups and members")
	Tree tree() {
		return new Tree(groups.tree());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One group with its sub-groups and members")
	UserGroup get(@PathVariable UserGroupId id) {
		return groups.get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Create a group, under parentId for a sub-group (administrators)")
	UserGroup create(@RequestBody GroupInput in) {
		return groups.save(null, in.name(), in.description(), in.type(), in.parentId());
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Change or move a group; not under itself or its own sub-groups (administrators)")
	UserGroup update(@PathVariable UserGroupId id, @RequestBody GroupInput in) {
		return groups.save(id, in.name(), in.description(), in.type(), in.parentId());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Delete a group without sub-groups (administrators)")
	void delete(@PathVariable UserGroupId id) {
		groups.delete(id);
	}

	@PutMapping("/{id}/members/{userId}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Add a user to the group, or change their role name in it (administrators)")
	UserGroup addMember(@PathVariable UserGroupId id, @PathVariable UserId userId, @RequestBody MemberInput in) {
		groups.addMember(id, userId, in.roleName());
		return groups.get(id);
	}

	@DeleteMapping("/{id}/members/{userId}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Take a user out of the group (administrators)")
	UserGroup removeMember(@PathVariable UserGroupId id, @PathVariable UserId userId) {
		groups.removeMember(id, userId);
		return groups.get(id);
	}
}

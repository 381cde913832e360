package org.nordcrm.settings.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nordcrm.security.UserId;
import org.nordcrm.security.UserManagement;
import org.nordcrm.settings.UserGroup;
import org.nordcrm.settings.UserGroupId;
import org.nordcrm.settings.UserGroups;
import org.nordcrm.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Groups (Grupper): the tree, new groups and sub-groups, members with their role in the group. */
@Controller
@RequestMapping("/admin/groups")
@PreAuthorize("hasRole('ADMIN')")
class GroupController {

	/** A group in the "under" choice, indented by its depth in the tree. */
	record Choice(UserGroupId id, String name, int depth) {
	}

	private final UserGroups groups;
	private final UserManagement users;

	GroupController(UserGroups groups, UserManagement users) {
		this.groups = groups;
		this.users = users;
	}

	@GetMapping
	String tree(Model model) {
		var tree = groups.tree();
		var choices = new ArrayList<Choice>();
		flatten(tree, 0, choices);
		model.addAttribute("tree", tree);
		model.addAttribute("choices", choices);
		model.addAttribute("users", users.list());
		model.addAttribute("types", UserGroup.Type.values());
		return "settings/groups";
	}

	private static void flatten(List<UserGroup> level, int depth, List<Choice> into) {
		for (var g : level) {
			into.add(new Choice(g.id(), g.name(), depth));
			flatten(g.children(), depth + 1, into);
		}
	}

	@PostMapping
	String save(@RequestParam(required = false) @Nullable UserGroupId id, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) UserGroup.@Nullable Type type,
			@RequestParam(required = false) @Nullable UserGroupId parentId, RedirectAttributes flash) {
		return act(flash, "group.saved", () -> groups.save(id, name, description, type, parentId));
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable UserGroupId id, RedirectAttributes flash) {
		return act(flash, "group.deleted", () -> groups.delete(id));
	}

	@PostMapping("/{id}/members")
	String addMember(@PathVariable UserGroupId id, @RequestParam(required = false) @Nullable UserId userId,
			@RequestParam(required = false) @Nullable String roleName, RedirectAttributes flash) {
		return act(flash, "group.memberAdded", () -> groups.addMember(id, userId, roleName));
	}

	@PostMapping("/{id}/members/{userId}/delete")
	String removeMember(@PathVariable UserGroupId id, @PathVariable UserId userId, RedirectAttributes flash) {
		return act(flash, "group.memberRemoved", () -> groups.removeMember(id, userId));
	}

	private static String act(RedirectAttributes flash, String done, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("flash", done);
		}
		catch (InvalidInput e) {
			flash.addFlashAttribute("flashError", e.errors().getFirst().messageKey());
		}
		return "redirect:/admin/groups";
	}
}

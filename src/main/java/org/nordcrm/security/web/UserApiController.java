package org.nordcrm.security.web;

import org.jspecify.annotations.Nullable;
import org.nordcrm.security.User;
import org.nordcrm.security.UserId;
import org.nordcrm.security.UserManagement;
import org.nordcrm.shared.CursorPage;
import org.nordcrm.shared.RecordNotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Users", description = "The tenant's users (administrators only)")
@SecurityRequirement(name = "token")
class UserApiController {

	private final UserManagement users;

	UserApiController(UserManagement users) {
		this.users = users;
	}

	@GetMapping
	@Operation(summary = "List users, a page at a time: pass the 'next' of a page as 'after' to get the following one")
	CursorPage<User> list(@RequestParam(required = false) @Nullable String after,
			@RequestParam(required = false) @Nullable Integer limit) {
		return users.page(after, limit);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One user")
	User get(@PathVariable UserId id) {
		return users.find(id).orElseThrow(() -> new RecordNotFound("user", id));
	}
}

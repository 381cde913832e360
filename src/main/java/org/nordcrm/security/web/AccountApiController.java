package org.nordcrm.security.web;

import java.util.Map;
import java.util.UUID;

import org.nordcrm.security.ApiTokenManagement;
import org.jspecify.annotations.Nullable;
import org.nordcrm.security.CrmUser;
import org.nordcrm.security.UserManagement;
import org.nordcrm.security.internal.Authenticator;
import org.nordcrm.tenancy.TenantContext;
import org.nordcrm.tenancy.TenantManagement;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Account", description = "Who am I, and API tokens for scripts")
class AccountApiController {

	record TokenRequest(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 200) String password,
			@Size(max = 100) String name) {
	}

	record TokenResponse(String token, UUID id, String name) {
	}

	record Mobile(@Nullable String mobile) {
	}

	record Me(UUID id, String email, String name, String role, String locale, String timeZone, Map<String, Object> tenant) {
	}

	private final Authenticator authenticator;
	private final ApiTokenManagement tokens;
	private final TenantManagement tenants;
	private final UserManagement users;

	AccountApiController(Authenticator authenticator, ApiTokenManagement tokens, TenantManagement tenants, UserManagement users) {
		this.authenticator = authenticator;
		this.tokens = tokens;
		this.tenants = tenants;
		this.users = users;
	}

	@GetMapping("/me/mobile")
	@Operation(summary = "The user's mobile number (E.164), where SMS reminders go", security = @SecurityRequirement(name = "token"))
	Mobile mobile(@AuthenticationPrincipal CrmUser user) {
		return new Mobile(users.mobile(user.id()).orElse(null));
	}

	@PutMapping("/me/mobile")
	@Operation(summary = "Set the user's mobile number as written (\"912 34 567\", \"+46 70 123 45 67\"); empty removes it",
			security = @SecurityRequirement(name = "token"))
	Mobile setMobile(@AuthenticationPrincipal CrmUser user, @RequestBody Mobile mobile) {
		return new Mobile(users.setMobile(user.id(), mobile.mobile()).orElse(null));
	}

	@GetMapping("/me")
	@Operation(summary = "The user the token belongs to, and its tenant", security = @SecurityRequirement(name = "token"))
	Me me(@AuthenticationPrincipal CrmUser user) {
		var tenant = tenants.current().orElseThrow();
		return new Me(user.id().value(), user.email(), user.name(), user.role().name(), user.locale(), user.timeZone(),
				Map.of("id", tenant.id().value(), "name", tenant.name()));
	}

	@PostMapping("/auth/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Log in with e-mail and password and get a personal API token (shown this once)",
			description = "Throttled like the login form. Use the token as 'Authorization: Bearer <token>'.")
	TokenResponse createToken(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
		var user = (CrmUser) authenticator.authenticate(request.email(), request.password(), http.getRemoteAddr()).getPrincipal();
		var name = request.name() == null || request.name().isBlank() ? "API" : request.name();
		var issued = TenantContext.call(user.tenantId(), () -> tokens.create(user.id(), name));
		return new TokenResponse(issued.token(), issued.info().id(), issued.info().name());
	}
}

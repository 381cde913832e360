package org.nordcrm.security;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record NewUser(@NotBlank @Email @Size(max = 320) String email, @NotBlank @Size(max = 200) String name,
		@NotNull Role role, @Nullable String locale) {
}

package org.transferhub.catalog.content;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The person to talk to at the providing institution; only signed-in users see it. */
public record Contact(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String position,
        @Email @Size(max = 254) String email,
        @Size(max = 50) String phone) {}

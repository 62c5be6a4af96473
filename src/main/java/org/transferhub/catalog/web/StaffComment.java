package org.transferhub.catalog.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Staff's comment when asking for changes (required) or archiving (optional). */
record StaffComment(@NotBlank @Size(max = 4000) String comment) {}

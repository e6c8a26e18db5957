package com.waplatform.message.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An agent's reply. Only text for now. */
public record SendMessageRequest(
        @Pattern(regexp = "text", message = "must be 'text'") String type,
        @NotBlank(message = "is required") @Size(max = 4096, message = "must be at most 4096 characters (WhatsApp's limit)")
        String text) {
}

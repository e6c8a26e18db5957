package com.waplatform.tenant.service;

import java.util.Optional;

/**
 * A tenant admin's change to their tenant's settings. A null field stays as it is; for the webhook URL an empty
 * Optional removes it.
 */
public record SettingsChanges(String name, Optional<String> automationWebhookUrl, Boolean botEnabled, String timezone,
        String defaultLanguage) {
}

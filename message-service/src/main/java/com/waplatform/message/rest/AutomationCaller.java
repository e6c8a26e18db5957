package com.waplatform.message.rest;

import com.waplatform.message.identity.TenantServiceClient;
import jakarta.enterprise.context.RequestScoped;

/** The automation calling, from its verified API key only (set by {@link ApiKeyFilter}). */
@RequestScoped
public class AutomationCaller {

    private TenantServiceClient.Verified key;

    void verified(TenantServiceClient.Verified key) {
        this.key = key;
    }

    public String tenantId() {
        return key.tenantId();
    }

    /** How the key's actions are recorded: {@code apikey:<id>}. */
    public String actorId() {
        return "apikey:" + key.keyId();
    }
}

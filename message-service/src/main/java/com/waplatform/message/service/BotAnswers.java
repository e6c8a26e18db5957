package com.waplatform.message.service;

import com.waplatform.contracts.BotSwitch;
import com.waplatform.contracts.TenantSnapshot;
import com.waplatform.web.TenantDirectory;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Whether the bot answers first on one of the tenant's WhatsApp numbers: the number's {@link BotSwitch} (DEFAULT
 * follows the tenant's bot setting, ON and OFF override it), and never without an automation webhook URL of the
 * tenant's to deliver to.
 */
@ApplicationScoped
public class BotAnswers {

    private final TenantDirectory tenants;
    private final ConnectionProfiles connections;

    public BotAnswers(TenantDirectory tenants, ConnectionProfiles connections) {
        this.tenants = tenants;
        this.connections = connections;
    }

    /** In the caller's tenant-scoped transaction (the number's profile, read by its key). */
    Uni<Boolean> on(String tenantId, UUID connectionId) {
        return connections.find(tenantId, connectionId)
                .map(profile -> on(tenantId, profile == null ? BotSwitch.DEFAULT : profile.bot));
    }

    private boolean on(String tenantId, BotSwitch number) {
        return tenants.find(tenantId).filter(tenant -> number.botOn(tenant.botEnabled()))
                .map(TenantSnapshot::automationWebhookUrl).filter(url -> !url.isBlank()).isPresent();
    }
}

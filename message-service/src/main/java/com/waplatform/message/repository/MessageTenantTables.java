package com.waplatform.message.repository;

import com.waplatform.persistence.tenancy.TenantPurgeConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** message-service's tenant-owned tables, children before parents, for a tenant's purge. */
@ApplicationScoped
public class MessageTenantTables implements TenantPurgeConsumer.TenantTables {

    @Override
    public List<String> inDeletionOrder() {
        return List.of("message_media", "automation_delivery", "conversation_note", "early_status",
                "automation_signing", "connection_profile", "quick_reply", "message_tally_change", "message_tally",
                "conversation_episode", "message", "conversation", "contact");
    }
}

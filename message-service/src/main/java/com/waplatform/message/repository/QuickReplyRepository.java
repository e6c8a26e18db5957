package com.waplatform.message.repository;

import com.waplatform.message.domain.QuickReply;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class QuickReplyRepository implements PanacheRepositoryBase<QuickReply, UUID> {

    /** The unique (tenant, shortcut) constraint of the table. */
    public static final String SHORTCUT_CONSTRAINT = "quick_reply_shortcut_uq";

    /** The quick reply if it belongs to the tenant, else null (another tenant's id is "not found"). */
    public Uni<QuickReply> findOwned(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult();
    }

    /** The tenant's quick replies by shortcut; {@code prefix} (any case, or null for all) starts the shortcut. */
    public Uni<List<QuickReply>> byShortcut(String tenantId, String prefix, int limit) {
        String start = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return find("tenantId = ?1 and shortcut like ?2 escape '!'", Sort.ascending("shortcut"), tenantId,
                start + "%").range(0, limit - 1).list();
    }
}

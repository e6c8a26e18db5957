package com.waplatform.message.service;

import com.waplatform.message.domain.QuickReply;
import com.waplatform.message.repository.QuickReplyRepository;
import com.waplatform.message.repository.UniqueViolations;
import com.waplatform.persistence.audit.AuditPublisher;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.web.Actor;
import com.waplatform.web.ProblemException;
import com.waplatform.web.outbound.OutboundUrls;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The tenant's quick replies: agents read them, tenant admins write them (each change in the audit log). A shortcut
 * is unique in the tenant (409 naming {@code shortcut}); a media link must be public, as a sent one (422).
 */
@ApplicationScoped
public class QuickReplies {

    private final QuickReplyRepository replies;
    private final AuditPublisher audit;
    private final OutboundUrls outboundUrls;
    private final TenantScope scope;

    public QuickReplies(QuickReplyRepository replies, AuditPublisher audit, OutboundUrls outboundUrls,
            TenantScope scope) {
        this.replies = replies;
        this.audit = audit;
        this.outboundUrls = outboundUrls;
        this.scope = scope;
    }

    /** By shortcut; {@code prefix} (any case, null for all) starts the shortcut. */
    @WithTransaction
    public Uni<List<QuickReply>> list(String tenantId, String prefix, int limit) {
        return scope.enter(tenantId).chain(() -> replies.byShortcut(tenantId, prefix, limit));
    }

    @WithTransaction
    public Uni<QuickReply> get(String tenantId, UUID id) {
        return owned(tenantId, id);
    }

    @WithTransaction
    public Uni<QuickReply> create(Actor actor, String tenantId, QuickReplyContent content) {
        return checked(content).flatMap(checked -> scope.enter(tenantId).chain(() -> {
            QuickReply reply = new QuickReply();
            reply.id = UUID.randomUUID();
            reply.tenantId = tenantId;
            reply.createdBy = actor.id();
            reply.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            reply.updatedAt = reply.createdAt;
            checked.applyTo(reply);
            return saved(replies.persist(reply), checked)
                    .call(saved -> record(actor, "quick-reply.create", saved, Map.of("shortcut", saved.shortcut)));
        }));
    }

    /** Replaces the reply's content (a media link left out removes the media); unchanged, nothing is recorded. */
    @WithTransaction
    public Uni<QuickReply> update(Actor actor, String tenantId, UUID id, QuickReplyContent content) {
        return checked(content).flatMap(checked -> owned(tenantId, id).flatMap(reply -> {
            List<String> changed = checked.changesTo(reply);
            if (changed.isEmpty()) {
                return Uni.createFrom().item(reply);
            }
            checked.applyTo(reply);
            reply.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            return saved(Uni.createFrom().item(reply), checked).call(saved -> record(actor, "quick-reply.update",
                    saved, Map.of("shortcut", saved.shortcut, "changed", changed)));
        }));
    }

    @WithTransaction
    public Uni<Void> delete(Actor actor, String tenantId, UUID id) {
        return owned(tenantId, id).call(replies::delete)
                .call(reply -> record(actor, "quick-reply.delete", reply, Map.of("shortcut", reply.shortcut)))
                .replaceWithVoid();
    }

    /** The content with its media link judged by the platform's outbound URL policy (public addresses only). */
    private Uni<QuickReplyContent> checked(QuickReplyContent content) {
        return content.mediaUrl() == null ? Uni.createFrom().item(content)
                : outboundUrls.check("mediaUrl", content.mediaUrl()).map(content::withMediaUrl);
    }

    /** Written now (not at commit) so that a shortcut taken meanwhile is a 409, not a failed commit. */
    private Uni<QuickReply> saved(Uni<QuickReply> pending, QuickReplyContent content) {
        return pending.call(replies::flush)
                .onFailure(e -> UniqueViolations.on(QuickReplyRepository.SHORTCUT_CONSTRAINT, e))
                .transform(e -> ProblemException.taken("shortcut",
                        "The shortcut '" + content.shortcut() + "' is already used by another quick reply"));
    }

    private Uni<Void> record(Actor actor, String action, QuickReply reply, Map<String, ?> summary) {
        return audit.record(reply.tenantId, actor.id(), actor.name(), actor.requestId(), action,
                "quick-reply:" + reply.id, summary);
    }

    private Uni<QuickReply> owned(String tenantId, UUID id) {
        return scope.enter(tenantId).chain(() -> replies.findOwned(tenantId, id))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Quick reply"));
    }
}

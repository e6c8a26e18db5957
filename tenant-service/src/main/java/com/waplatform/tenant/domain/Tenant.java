package com.waplatform.tenant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A company using the platform: its identity, plan limits and settings. */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    public UUID id;

    /** Unique, DNS-safe short name. */
    @Column(nullable = false, unique = true, length = 63)
    public String slug;

    @Column(nullable = false, length = 200)
    public String name;

    @Convert(converter = DomainListConverter.class)
    @Column(nullable = false)
    public List<String> domains = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public TenantStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "max_connections", nullable = false)
    public int maxConnections;

    @Column(name = "max_agents", nullable = false)
    public int maxAgents;

    @Column(name = "messages_per_month", nullable = false)
    public int messagesPerMonth;

    /** Per-user REST requests per minute on each service; 0: the platform's default. */
    @Column(name = "api_requests_per_minute", nullable = false)
    public int apiRequestsPerMinute;

    /** Bytes of media files (received and sent) the tenant may keep at a time. */
    @Column(name = "media_quota_bytes", nullable = false)
    public long mediaQuotaBytes;

    /** Days a media file is kept before it is removed; 0: kept for good. */
    @Column(name = "media_retention_days", nullable = false)
    public int mediaRetentionDays;

    @Column(name = "automation_webhook_url")
    public String automationWebhookUrl;

    @Column(name = "bot_enabled", nullable = false)
    public boolean botEnabled;

    @Column(nullable = false)
    public String timezone;

    @Column(name = "default_language", nullable = false)
    public String defaultLanguage;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    /** Grows with every change; consumers of tenant.events keep the highest they saw. */
    @Version
    public long version;

    public static Tenant create(String slug, String name, PlanLimits limits) {
        Tenant tenant = new Tenant();
        tenant.id = UUID.randomUUID();
        tenant.slug = slug;
        tenant.name = name;
        tenant.status = TenantStatus.ACTIVE;
        tenant.maxConnections = limits.maxConnections();
        tenant.maxAgents = limits.maxAgents();
        tenant.messagesPerMonth = limits.messagesPerMonth();
        tenant.mediaQuotaBytes = limits.mediaQuotaBytes();
        tenant.mediaRetentionDays = limits.mediaRetentionDays();
        tenant.timezone = "UTC";
        tenant.defaultLanguage = "en";
        tenant.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        tenant.updatedAt = tenant.createdAt;
        return tenant;
    }

    public void touch() {
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}

package com.waplatform.session.domain;

import com.waplatform.contracts.BotSwitch;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One WhatsApp number of a tenant. Credential columns hold AES-GCM ciphertext only. */
@Entity
@Table(name = "connection")
public class Connection {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConnectionType type;

    @Column(nullable = false)
    public String name;

    @Column(name = "phone_number_id")
    public String phoneNumberId;

    /** Onboarded under the platform's own Meta app (its secret, its single webhook endpoint). */
    @Column(name = "platform_app", nullable = false)
    public boolean platformApp;

    @Column(name = "business_account_id")
    public String businessAccountId;

    @Column(name = "display_phone_number")
    public String displayPhoneNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConnectionState state;

    @Column(name = "state_reason")
    public String stateReason;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "access_token_enc")
    public String accessTokenEnc;

    @Column(name = "app_secret_enc")
    public String appSecretEnc;

    @Column(name = "verify_token_enc")
    public String verifyTokenEnc;

    /** EVOLUTION: the instance's name on the Evolution server (generated, unique). */
    @Column(name = "instance_name")
    public String instanceName;

    @Column(name = "instance_token_enc")
    public String instanceTokenEnc;

    /** EVOLUTION: the secret header value the instance sends with its webhooks. */
    @Column(name = "webhook_secret_enc")
    public String webhookSecretEnc;

    @Column(name = "state_changed_at", nullable = false)
    public OffsetDateTime stateChangedAt;

    /** When to try reconnecting a connection closed for a retryable reason (null: nothing scheduled). */
    @Column(name = "reconnect_at")
    public OffsetDateTime reconnectAt;

    @Column(name = "reconnect_attempts", nullable = false)
    public int reconnectAttempts;

    /** Messages per second this number may send; null means the platform default. */
    @Column(name = "send_rate_per_second")
    public Integer sendRatePerSecond;

    /** Whether the bot answers first on this number: as the tenant says (DEFAULT), or ON / OFF whatever it says. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BotSwitch bot = BotSwitch.DEFAULT;

    @Column(name = "key_version", nullable = false)
    public int keyVersion;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Moves to a new state with a reason a person can read. */
    public void changeState(ConnectionState next, String reason) {
        state = next;
        stateReason = reason == null || reason.length() <= 300 ? reason : reason.substring(0, 300);
        stateChangedAt = OffsetDateTime.now();
        updatedAt = stateChangedAt;
    }

    /** Associated data binding an encrypted field to this row. */
    public String cipherContext(String field) {
        return id + ":" + field;
    }
}

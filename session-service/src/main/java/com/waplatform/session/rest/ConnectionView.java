package com.waplatform.session.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.waplatform.contracts.BotSwitch;
import com.waplatform.session.domain.Connection;
import com.waplatform.session.provider.EvolutionApiClient.QrCode;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A connection as shown to its tenant: never a credential; the verify token only to its admins. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConnectionView(UUID id, String type, String name, String phoneNumberId, String businessAccountId,
        String displayPhoneNumber, String instanceName, String state, String stateReason,
        OffsetDateTime stateChangedAt, boolean enabled, Integer sendRatePerSecond, BotSwitch bot, String webhookUrl,
        String verifyToken, QrView qr, Boolean platformApp, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** A QR code to scan: a PNG data URL, and the pairing code when the provider gives one. */
    public record QrView(String base64, String pairingCode, int count) {
        static QrView of(QrCode qr) {
            return qr == null || qr.base64() == null ? null : new QrView(qr.base64(), qr.pairingCode(), qr.count());
        }
    }

    static ConnectionView of(Connection c, String webhookUrl, String verifyToken, QrCode qr) {
        return new ConnectionView(c.id, c.type.name(), c.name, c.phoneNumberId, c.businessAccountId,
                c.displayPhoneNumber, c.instanceName, c.state.name(), c.stateReason, c.stateChangedAt, c.enabled,
                c.sendRatePerSecond, c.bot, webhookUrl, verifyToken, QrView.of(qr), c.platformApp ? Boolean.TRUE : null,
                c.createdAt, c.updatedAt);
    }
}

package com.waplatform.tenant.service;

import com.waplatform.tenant.config.TenantsConfig;
import com.waplatform.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which URLs a tenant may have its automation webhooks sent to: http or https only, and outside development no
 * loopback, link-local (cloud metadata) or unspecified addresses.
 */
@ApplicationScoped
public class WebhookTargetPolicy {

    private final boolean allowLocal;

    public WebhookTargetPolicy(TenantsConfig config) {
        this.allowLocal = config.allowLocalWebhookTargets();
    }

    public String check(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw invalid("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw invalid("must be an http or https URL");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw invalid("must name a host");
        }
        if (uri.getUserInfo() != null) {
            throw invalid("must not contain a user name or password");
        }
        if (!allowLocal && isLocal(host)) {
            throw invalid("must not point to a loopback or link-local address");
        }
        return uri.toString();
    }

    private static boolean isLocal(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost") || h.equals("metadata.google.internal")) {
            return true;
        }
        if (!h.matches("[0-9.]+") && !h.startsWith("[")) {
            return false; // a name: only literal addresses are judged here, never a DNS lookup
        }
        try {
            InetAddress address = InetAddress.getByName(h.replace("[", "").replace("]", ""));
            return address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress();
        } catch (UnknownHostException e) {
            throw invalid("has an invalid address");
        }
    }

    private static ProblemException invalid(String why) {
        return ProblemException.unprocessable("automationWebhookUrl " + why);
    }
}

package com.waplatform.web.testing;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Access tokens of the local realm's demo users, from the real Keycloak the tests run against
 * (password grant on the public {@code web-app} client). Shared by the services' tests.
 */
public final class DemoTokens {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private DemoTokens() {
    }

    public static String of(String username) {
        return CACHE.computeIfAbsent(username, user -> fetch(user, "web-app"));
    }

    /** A fresh token of the realm's {@code test-expiring} client: it expires 2 seconds after it was issued. */
    public static String expiringSoon(String username) {
        return fetch(username, "test-expiring");
    }

    private static String fetch(String username, String client) {
        String issuer = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        String form = "grant_type=password&client_id=" + client + "&password=demo1234&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher matcher = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !matcher.find()) {
                throw new IllegalStateException("no token for " + username + ": HTTP " + response.statusCode());
            }
            return matcher.group(1);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Keycloak unreachable at " + issuer, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

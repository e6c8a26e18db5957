package com.waplatform.tenant.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person does with an e-mail from Keycloak: finds it in the local stack's mailbox (GreenMail's API) and
 * follows its link like a browser — the info page, the "update password" form, the new password.
 */
final class MailedLinks {

    static final String MAIL_API = System.getProperty("mail.url", "http://127.0.0.1:8025");
    private static final Pattern ACTION_LINK = Pattern.compile("(http\\S+/login-actions/action-token\\?key=\\S+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private MailedLinks() {
    }

    /** The link of the {@code n}-th (1-based) e-mail to the address, waiting up to 30 s for it to arrive. */
    static String awaitLink(String address, int n) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            JsonNode mails = new ObjectMapper().readTree(send(HttpRequest.newBuilder(URI.create(MAIL_API
                    + "/api/user/" + address + "/messages/INBOX")).build()).body());
            if (mails.isArray() && mails.size() >= n) {
                JsonNode mail = mails.get(n - 1);
                assertEquals("Update Your Account", mail.path("subject").asText());
                Matcher link = ACTION_LINK.matcher(mail.path("mimeMessage").asText());
                assertTrue(link.find(), "the e-mail has a link");
                return link.group(1);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no e-mail number " + n + " to " + address + " within 30 s");
    }

    /** Opens the link, proceeds, and chooses the password; asserts Keycloak confirms the change. */
    static void choosePassword(String link, String password) throws Exception {
        Map<String, String> cookies = new LinkedHashMap<>();
        String info = browse(link, null, cookies);
        String proceed = unescape(find(info, "href=\"([^\"]*login-actions/action-token[^\"]*)\""));
        String form = browse(proceed, null, cookies);
        String action = unescape(find(form, "<form id=\"kc-passwd-update-form\"[^>]*action=\"([^\"]+)\""));
        String done = browse(action, "password-new=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&password-confirm=" + URLEncoder.encode(password, StandardCharsets.UTF_8), cookies);
        assertTrue(done.contains("Your account has been updated"), "Keycloak confirms the new password");
    }

    /** Like a browser on localhost: follows redirects and sends back every cookie (Keycloak's are Secure). */
    private static String browse(String url, String form, Map<String, String> cookies) throws Exception {
        for (int hop = 0; hop < 10; hop++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
            if (!cookies.isEmpty()) {
                request.header("Cookie", String.join("; ", cookies.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).toList()));
            }
            if (form != null) {
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form));
            }
            HttpResponse<String> response = send(request.build());
            response.headers().allValues("Set-Cookie").forEach(c -> {
                String pair = c.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            });
            if (response.statusCode() / 100 != 3) {
                assertEquals(200, response.statusCode(), "Keycloak page " + url);
                return response.body();
            }
            url = URI.create(url).resolve(response.headers().firstValue("Location").orElseThrow()).toString();
            form = null;
        }
        throw new AssertionError("too many redirects");
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String find(String page, String regex) {
        Matcher m = Pattern.compile(regex).matcher(page);
        assertTrue(m.find(), "the page has " + regex);
        return m.group(1);
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&");
    }
}

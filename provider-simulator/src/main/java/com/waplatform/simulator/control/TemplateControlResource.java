package com.waplatform.simulator.control;

import com.waplatform.simulator.meta.MessageTemplate;
import com.waplatform.simulator.meta.MetaAccounts;
import com.waplatform.simulator.meta.MetaNumber;
import com.waplatform.simulator.meta.WabaTemplates;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Control API: what a business does in WhatsApp Manager — create message templates in the number's business
 * account (with the status Meta's review gave them), and see them.
 */
@Path("/control/meta/numbers/{id}/templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TemplateControlResource {

    private static final Set<String> STATUSES = Set.of("APPROVED", "PENDING", "REJECTED", "PAUSED", "DISABLED");
    private static final Set<String> CATEGORIES = Set.of("MARKETING", "UTILITY", "AUTHENTICATION");

    /** {@code body} is the BODY text ({@code {{1}}}… placeholders); header, footer and quick-reply buttons optional. */
    public record NewTemplate(String name, String language, String status, String category, String body,
            String header, String footer, List<String> buttons) {
    }

    private final MetaAccounts accounts;
    private final WabaTemplates templates;

    public TemplateControlResource(MetaAccounts accounts, WabaTemplates templates) {
        this.accounts = accounts;
        this.templates = templates;
    }

    @POST
    public MessageTemplate add(@PathParam("id") String id, NewTemplate request) {
        MetaNumber number = number(id);
        if (request == null || blank(request.name()) || blank(request.body())) {
            throw new BadRequestException("name and body are required");
        }
        if (!request.name().matches("[a-z0-9_]{1,512}")) {
            throw new BadRequestException("name: lowercase letters, digits and underscores only");
        }
        String status = blank(request.status()) ? "APPROVED" : request.status().toUpperCase();
        String category = blank(request.category()) ? "UTILITY" : request.category().toUpperCase();
        if (!STATUSES.contains(status) || !CATEGORIES.contains(category)) {
            throw new BadRequestException("status must be one of " + STATUSES + "; category one of " + CATEGORIES);
        }
        return templates.add(number.businessAccountId, request.name(),
                blank(request.language()) ? "en_US" : request.language(), status, category, components(request));
    }

    @GET
    public List<MessageTemplate> list(@PathParam("id") String id) {
        return templates.of(number(id).businessAccountId);
    }

    private static List<Map<String, Object>> components(NewTemplate request) {
        List<Map<String, Object>> components = new ArrayList<>();
        if (!blank(request.header())) {
            components.add(Map.of("type", "HEADER", "format", "TEXT", "text", request.header()));
        }
        components.add(Map.of("type", "BODY", "text", request.body()));
        if (!blank(request.footer())) {
            components.add(Map.of("type", "FOOTER", "text", request.footer()));
        }
        if (request.buttons() != null && !request.buttons().isEmpty()) {
            components.add(Map.of("type", "BUTTONS", "buttons", request.buttons().stream()
                    .map(text -> Map.of("type", "QUICK_REPLY", "text", text)).toList()));
        }
        return components;
    }

    private MetaNumber number(String id) {
        return accounts.find(id).orElseThrow(() -> new NotFoundException("unknown phone number id " + id));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

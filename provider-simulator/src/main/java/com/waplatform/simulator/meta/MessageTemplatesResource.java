package com.waplatform.simulator.meta;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /{version}/{waba-id}/message_templates}: a WhatsApp Business Account's templates, with the token of one
 * of its numbers. {@code fields}, {@code limit} (default 25), {@code after}/{@code before} cursors, and the
 * {@code status}, {@code name} and {@code language} filters, as Meta documents them.
 */
@Path("/{version}/{wabaId}/message_templates")
@Produces(MediaType.APPLICATION_JSON)
public class MessageTemplatesResource {

    private static final int DEFAULT_LIMIT = 25;

    private final MetaAccounts accounts;
    private final WabaTemplates templates;

    public MessageTemplatesResource(MetaAccounts accounts, WabaTemplates templates) {
        this.accounts = accounts;
        this.templates = templates;
    }

    @GET
    public Map<String, Object> list(@PathParam("version") String version, @PathParam("wabaId") String wabaId,
            @HeaderParam("Authorization") String authorization, @QueryParam("appsecret_proof") String proof,
            @QueryParam("fields") String fields, @QueryParam("limit") Integer limit,
            @QueryParam("after") String after, @QueryParam("before") String before,
            @QueryParam("status") String status, @QueryParam("name") String name,
            @QueryParam("language") String language) {
        authorize(version, wabaId, authorization, proof);
        if (limit != null && limit < 1) {
            throw GraphError.invalidParameter("Param limit must be a positive integer");
        }
        List<MessageTemplate> matching = templates.of(wabaId).stream()
                .filter(t -> status == null || t.status().equalsIgnoreCase(status))
                .filter(t -> name == null || t.name().contains(name))
                .filter(t -> language == null || t.language().equals(language))
                .toList();
        int size = limit == null ? DEFAULT_LIMIT : limit;
        int from = after != null ? cursor(after) + 1 : before != null ? Math.max(0, cursor(before) - size) : 0;
        int to = before != null && after == null ? Math.min(cursor(before), matching.size())
                : Math.min(from + size, matching.size());
        from = Math.min(from, to);
        List<String> wanted = fields == null || fields.isBlank() ? List.of()
                : Arrays.stream(fields.split(",")).map(String::strip).toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("data", matching.subList(from, to).stream().map(t -> t.asGraphObject(wanted)).toList());
        if (from < to) {
            Map<String, Object> paging = new LinkedHashMap<>();
            paging.put("cursors", Map.of("before", cursorOf(from), "after", cursorOf(to - 1)));
            if (to < matching.size()) {
                paging.put("next", "/" + version + "/" + wabaId + "/message_templates?limit=" + size + "&after="
                        + cursorOf(to - 1));
            }
            answer.put("paging", paging);
        }
        return answer;
    }

    /** The token must be that of a number of this business account. */
    private void authorize(String version, String wabaId, String authorization, String proof) {
        GraphAuth.requireVersion(version);
        String token = GraphAuth.bearer(authorization);
        List<MetaNumber> numbers = accounts.all().stream().filter(n -> wabaId.equals(n.businessAccountId)).toList();
        if (numbers.isEmpty()) {
            throw GraphError.unknownObject(wabaId);
        }
        MetaNumber number = numbers.stream().filter(n -> GraphAuth.tokenMatches(n, token)).findFirst()
                .orElseThrow(GraphError::invalidToken);
        GraphAuth.requireProof(number, token, proof);
    }

    private static String cursorOf(int index) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.valueOf(index)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static int cursor(String value) {
        try {
            return Integer.parseInt(new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw GraphError.invalidParameter("Param after/before is not a valid cursor");
        }
    }
}

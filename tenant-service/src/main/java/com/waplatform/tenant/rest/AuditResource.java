package com.waplatform.tenant.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.tenant.domain.AuditEntry;
import com.waplatform.tenant.repository.AuditFilter;
import com.waplatform.tenant.service.AuditQuery;
import com.waplatform.web.Caller;
import com.waplatform.web.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The audit log: platform admins read every tenant's (optionally one), tenant admins their own. */
@Path("/api/audit")
@RolesAllowed({Caller.PLATFORM_ADMIN, Caller.TENANT_ADMIN})
public class AuditResource {

    private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() {
    };
    private static final String TIME = "must be a date and time with its offset, such as 2026-03-01T00:00:00Z";

    /**
     * One entry. {@code summary} is the JSON text as recorded; {@code details} is the same when it is a JSON object
     * (field → value; a change recorded as [before, after] is a list of two), null otherwise.
     */
    public record AuditView(long id, String tenantId, String actorId, String actorName, String action, String target,
            String requestId, String summary,
            @Schema(description = "The summary's fields, when it is a JSON object") Map<String, Object> details,
            OffsetDateTime at) {
    }

    private final AuditQuery audit;
    private final Caller caller;
    private final ObjectMapper objectMapper;

    public AuditResource(AuditQuery audit, Caller caller, ObjectMapper objectMapper) {
        this.audit = audit;
        this.caller = caller;
        this.objectMapper = objectMapper;
    }

    @GET
    public Uni<List<AuditView>> list(@QueryParam("tenantId") @Size(max = 64, message = "is too long") String tenantId,
            @QueryParam("action") @Size(max = 64, message = "is too long") String action,
            @QueryParam("actorId") @Size(max = 64, message = "is too long") String actorId,
            @Parameter(description = "From this time on (inclusive), ISO-8601 with its offset",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("from") String from,
            @Parameter(description = "Before this time (exclusive), ISO-8601 with its offset",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "must be 1 to 200")
            @Max(value = 200, message = "must be 1 to 200") int size) {
        AuditFilter filter = filter(action, actorId, from, to);
        Uni<List<AuditEntry>> entries = caller.hasRole(Caller.PLATFORM_ADMIN)
                ? audit.all(caller.actor(), tenantId, filter, page, size)
                : audit.own(caller.tenantId(), filter, page, size);
        return entries.map(list -> list.stream().map(this::view).toList());
    }

    /** The filter the query asks for; an empty parameter is no filter. */
    private static AuditFilter filter(String action, String actorId, String from, String to) {
        OffsetDateTime start = time("from", from);
        OffsetDateTime end = time("to", to);
        if (start != null && end != null && start.isAfter(end)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        return new AuditFilter(given(action), given(actorId), start, end);
    }

    private static OffsetDateTime time(String parameter, String value) {
        if (given(value) == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(parameter, TIME);
        }
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private AuditView view(AuditEntry e) {
        return new AuditView(e.id, e.tenantId, e.actorId, e.actorName, e.action, e.target, e.requestId, e.summary,
                details(e.summary), e.at);
    }

    private Map<String, Object> details(String summary) {
        if (summary == null || !summary.stripLeading().startsWith("{")) {
            return null;
        }
        try {
            return objectMapper.readValue(summary, FIELDS);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}

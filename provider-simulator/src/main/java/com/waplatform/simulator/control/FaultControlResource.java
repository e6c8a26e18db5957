package com.waplatform.simulator.control;

import com.waplatform.simulator.faults.Fault;
import com.waplatform.simulator.faults.Faults;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Error modes per number: {@code PUT /control/faults/meta/{phoneNumberId}} or {@code …/evolution/{instance}} with
 * {@code {mode, count, latencyMs}}; mode is one of 131047, 130429, 190, 131026, 5xx, latency, down; count is how
 * many requests it hits (absent: until {@code DELETE}).
 */
@Path("/control/faults")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FaultControlResource {

    public record SetFault(String mode, Integer count, Long latencyMs) {
    }

    private final Faults faults;

    public FaultControlResource(Faults faults) {
        this.faults = faults;
    }

    @GET
    public Map<String, String> list() {
        Map<String, String> view = new TreeMap<>();
        faults.all().forEach((target, fault) -> view.put(target, fault.mode().label + " x" + fault.remaining()));
        return view;
    }

    @PUT
    @Path("{provider}/{id}")
    public Map<String, Object> set(@PathParam("provider") String provider, @PathParam("id") String id,
            SetFault request) {
        if (!"meta".equals(provider) && !"evolution".equals(provider)) {
            throw new BadRequestException("provider must be meta or evolution");
        }
        Fault.Mode mode = request == null ? null : Fault.Mode.of(request.mode());
        if (mode == null) {
            throw new BadRequestException("mode must be one of " + Arrays.stream(Fault.Mode.values())
                    .map(m -> m.label).toList());
        }
        long latency = request.latencyMs() == null ? 1000 : request.latencyMs();
        int count = request.count() == null ? -1 : request.count();
        faults.set(provider + ":" + id, new Fault(mode, new AtomicInteger(count), latency));
        return Map.of("target", provider + ":" + id, "mode", mode.label, "count", count);
    }

    @DELETE
    @Path("{provider}/{id}")
    public void clear(@PathParam("provider") String provider, @PathParam("id") String id) {
        faults.clear(provider + ":" + id);
    }
}

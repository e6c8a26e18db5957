package com.waplatform.simulator.control;

import com.waplatform.simulator.load.LoadGenerator;
import com.waplatform.simulator.meta.MetaAccounts;
import com.waplatform.simulator.meta.MetaNumber;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/**
 * Load mode for benchmarks: {@code POST /control/load} with {@code {phoneNumberIds, ratePerSecond,
 * durationSeconds, customers}} starts customers writing to those (subscribed) numbers; {@code GET
 * /control/load/{id}} reports sent, accepted, refused and p50/p99 time to the webhook's answer.
 */
@Path("/control/load")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LoadControlResource {

    public record StartLoad(List<String> phoneNumberIds, Integer ratePerSecond, Integer durationSeconds,
            Integer customers) {
    }

    private final LoadGenerator generator;
    private final MetaAccounts accounts;

    public LoadControlResource(LoadGenerator generator, MetaAccounts accounts) {
        this.generator = generator;
        this.accounts = accounts;
    }

    @POST
    public Map<String, Object> start(StartLoad request) {
        if (request == null || request.phoneNumberIds() == null || request.phoneNumberIds().isEmpty()
                || request.ratePerSecond() == null || request.ratePerSecond() < 1 || request.ratePerSecond() > 20_000
                || request.durationSeconds() == null || request.durationSeconds() < 1
                || request.durationSeconds() > 3600) {
            throw new BadRequestException("phoneNumberIds (subscribed numbers), ratePerSecond (1-20000) and "
                    + "durationSeconds (1-3600) are required");
        }
        List<MetaNumber> numbers = request.phoneNumberIds().stream().map(id -> accounts.find(id)
                .filter(n -> n.webhookUrl != null)
                .orElseThrow(() -> new BadRequestException("number " + id + " is unknown or not subscribed")))
                .toList();
        int customers = request.customers() == null ? 1000 : Math.max(1, request.customers());
        return generator.start(numbers, request.ratePerSecond(), request.durationSeconds() * 1000L, customers)
                .report();
    }

    @GET
    @Path("{id}")
    public Map<String, Object> report(@PathParam("id") String id) {
        return generator.find(id).orElseThrow(() -> new NotFoundException("unknown load run " + id)).report();
    }
}

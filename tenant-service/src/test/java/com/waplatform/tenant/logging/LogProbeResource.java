package com.waplatform.tenant.logging;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.jboss.logging.Logger;

/** Tests only: one INFO line logged while a request is served (on a worker thread, as blocking endpoints are). */
@Path("/test/log-probe")
@Authenticated
public class LogProbeResource {

    static final String MESSAGE = "log probe";
    private static final Logger LOG = Logger.getLogger(LogProbeResource.class);

    @GET
    public void probe() {
        LOG.info(MESSAGE);
    }
}

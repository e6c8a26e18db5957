package com.waplatform.message.service;

import com.waplatform.contracts.TenantSnapshot;
import com.waplatform.message.report.ReportPeriod;
import com.waplatform.web.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.ZoneId;

/** The company's time zone (its setting, from tenant.events), in which its reports' days begin and end. */
@ApplicationScoped
public class ReportZones {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private final TenantDirectory tenants;

    public ReportZones(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    /** The tenant's zone; UTC while the tenant's settings are not known here (or name no valid zone). */
    public ZoneId of(String tenantId) {
        String zone = tenants.find(tenantId).map(TenantSnapshot::timezone).orElse(null);
        if (zone == null || zone.isBlank()) {
            return UTC;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            return UTC;
        }
    }

    public ReportPeriod period(String tenantId, String from, String to) {
        return ReportPeriod.of(from, to, of(tenantId));
    }
}

package com.waplatform.message.service;

import com.waplatform.message.config.ReportsConfig;
import com.waplatform.persistence.background.BackgroundWork;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/** Every {@code reports.tally-interval}, adds the messages and status changes since the last run to the counts. */
@ApplicationScoped
public class MessageTallyJob {

    private static final Logger LOG = Logger.getLogger(MessageTallyJob.class);

    private final MessageTallies tallies;
    private final BackgroundWork background;
    private final ReportsConfig config;
    private final AtomicBoolean working = new AtomicBoolean();

    public MessageTallyJob(MessageTallies tallies, BackgroundWork background, ReportsConfig config) {
        this.tallies = tallies;
        this.background = background;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (config.enabled()) {
            background.every(config.tallyInterval().toMillis(), this::tick);
        }
    }

    private void tick() {
        if (!working.compareAndSet(false, true)) {
            return;
        }
        background.run(this::catchUp, added -> working.set(false), failure -> {
            working.set(false);
            LOG.warnf("message tallies: %s (retried next round)", failure.getMessage());
        });
    }

    /** Batch after batch until one comes back short; how many changes were added. */
    public Uni<Long> catchUp() {
        return catchUp(0);
    }

    private Uni<Long> catchUp(long sofar) {
        return tallies.batch().flatMap(taken -> taken < config.tallyBatch() ? Uni.createFrom().item(sofar + taken)
                : catchUp(sofar + taken));
    }
}

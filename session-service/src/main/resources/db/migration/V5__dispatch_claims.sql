-- Each take of a queued send gets a fresh claim: only its holder may start the provider call and record the
-- answer, so a worker whose lease ran out (slow provider, long pause) can neither send again nor overwrite what
-- the row's new holder did. send_started_at is set right before the provider call and cleared when the answer is
-- recorded: a row taken again with it still set is "in doubt" (its earlier call may have reached the provider).
ALTER TABLE dispatch ADD COLUMN claim UUID;
ALTER TABLE dispatch ADD COLUMN send_started_at TIMESTAMPTZ;

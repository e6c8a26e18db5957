package com.waplatform.message.service;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.WriteStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps the first bytes of an automation's answer and drops the rest, so that however long an answer is it never
 * fills the service's memory: only its start is kept with a failed delivery.
 */
final class AnswerStart implements WriteStream<Buffer> {

    private final int limit;
    private final Buffer kept = Buffer.buffer();

    AnswerStart(int limit) {
        this.limit = limit;
    }

    /** The start of the answer as text (a character cut at the limit shows as a replacement character). */
    String text() {
        return kept.toString(StandardCharsets.UTF_8);
    }

    @Override
    public Future<Void> write(Buffer data) {
        keep(data);
        return Future.succeededFuture();
    }

    @Override
    public void write(Buffer data, Handler<AsyncResult<Void>> handler) {
        keep(data);
        if (handler != null) {
            handler.handle(Future.succeededFuture());
        }
    }

    @Override
    public void end(Handler<AsyncResult<Void>> handler) {
        if (handler != null) {
            handler.handle(Future.succeededFuture());
        }
    }

    @Override
    public WriteStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        return this;
    }

    @Override
    public WriteStream<Buffer> setWriteQueueMaxSize(int maxSize) {
        return this;
    }

    @Override
    public boolean writeQueueFull() {
        return false;
    }

    @Override
    public WriteStream<Buffer> drainHandler(Handler<Void> handler) {
        return this;
    }

    private void keep(Buffer data) {
        int room = limit - kept.length();
        if (room > 0) {
            kept.appendBuffer(data, 0, Math.min(room, data.length()));
        }
    }
}

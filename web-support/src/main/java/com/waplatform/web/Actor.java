package com.waplatform.web;

/** Who performed an action, for audit: from the verified token, with the request's id. */
public record Actor(String id, String name, String requestId, boolean platformAdmin) {

    /** An actor for work the platform does by itself (consumers, schedulers). */
    public static Actor system(String name) {
        return new Actor("system", name, null, false);
    }
}

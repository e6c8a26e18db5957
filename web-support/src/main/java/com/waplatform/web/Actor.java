package com.waplatform.web;

/** Who performed an action, for audit: from the verified token, with the request's id. */
public record Actor(String id, String name, String requestId, boolean platformAdmin) {
}

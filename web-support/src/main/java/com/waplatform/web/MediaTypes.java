package com.waplatform.web;

import jakarta.ws.rs.core.MediaType;

/** Media types that come from outside (a provider, an upload): used when valid, never trusted to parse. */
public final class MediaTypes {

    private MediaTypes() {
    }

    /** The given type, or {@code application/octet-stream} when it is missing or not a media type. */
    public static MediaType orOctetStream(String mimeType) {
        try {
            return mimeType == null ? MediaType.APPLICATION_OCTET_STREAM_TYPE : MediaType.valueOf(mimeType);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM_TYPE;
        }
    }
}

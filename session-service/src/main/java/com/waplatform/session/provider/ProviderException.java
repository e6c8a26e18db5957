package com.waplatform.session.provider;

/** A provider (Graph API, Evolution API) refused a request or could not be reached. */
public abstract class ProviderException extends RuntimeException {

    private final int httpStatus;

    protected ProviderException(int httpStatus, String message) {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
    }

    /** HTTP status of the answer; 0 when there was no answer. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The provider's error code as the platform reports it ({@code 131047}, {@code unreachable}, …). */
    public abstract String code();

    /** Worth trying again later: the provider is down, slow, busy or throttling. */
    public abstract boolean retryable();

    /** The connection's credentials no longer work (expired token, unknown instance token). */
    public abstract boolean credentialsRejected();

    public boolean unreachable() {
        return httpStatus == 0;
    }
}

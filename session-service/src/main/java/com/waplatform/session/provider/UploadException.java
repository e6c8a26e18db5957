package com.waplatform.session.provider;

/** The file an agent uploaded could not be taken from message-service (so it cannot go to the provider). */
public class UploadException extends ProviderException {

    private final boolean retryable;

    public UploadException(int httpStatus, boolean retryable, String message) {
        super(httpStatus, message);
        this.retryable = retryable;
    }

    @Override
    public String code() {
        return "upload_unavailable";
    }

    @Override
    public boolean retryable() {
        return retryable;
    }

    @Override
    public boolean credentialsRejected() {
        return false;
    }

    @Override
    public boolean unreachable() {
        return false;
    }
}

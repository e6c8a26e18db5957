package com.waplatform.session.provider;

/** An error answered by the Evolution API ({@code {status, error, response:{message}}}), or no answer at all. */
public class EvolutionApiException extends ProviderException {

    public EvolutionApiException(int httpStatus, String message) {
        super(httpStatus, message);
    }

    public static EvolutionApiException unreachable(Throwable cause) {
        return new EvolutionApiException(0, "The Evolution API could not be reached ("
                + cause.getClass().getSimpleName() + ")");
    }

    @Override
    public String code() {
        return httpStatus() == 0 ? "unreachable" : "evolution_" + httpStatus();
    }

    @Override
    public boolean retryable() {
        return httpStatus() == 0 || httpStatus() == 429 || httpStatus() >= 500 || notConnected();
    }

    @Override
    public boolean credentialsRejected() {
        return httpStatus() == 401;
    }

    /** The instance is not connected to WhatsApp right now (it may reconnect). */
    public boolean notConnected() {
        return httpStatus() == 400 && getMessage() != null && getMessage().contains("Connection Closed");
    }

    public boolean notFound() {
        return httpStatus() == 404;
    }
}

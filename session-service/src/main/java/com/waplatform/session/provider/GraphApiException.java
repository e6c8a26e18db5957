package com.waplatform.session.provider;

import java.util.Set;

/** An error answered by the Graph API (its {@code error} object), or the API could not be reached. */
public class GraphApiException extends ProviderException {

    /** Codes Meta documents as temporary: throttling, "try again later", pair rate limits. */
    private static final Set<Integer> RETRYABLE_CODES = Set.of(1, 2, 4, 80007, 130429, 131000, 131016, 131056);
    public static final int UNREACHABLE = -1;

    private final int code;

    public GraphApiException(int httpStatus, int code, String message) {
        super(httpStatus, message);
        this.code = code;
    }

    public static GraphApiException unreachable(Throwable cause) {
        return new GraphApiException(0, UNREACHABLE, "The WhatsApp Cloud API could not be reached ("
                + cause.getClass().getSimpleName() + ")");
    }

    public int numericCode() {
        return code;
    }

    @Override
    public String code() {
        return code == UNREACHABLE ? "unreachable" : String.valueOf(code);
    }

    @Override
    public boolean retryable() {
        return code == UNREACHABLE || httpStatus() >= 500 || RETRYABLE_CODES.contains(code);
    }

    @Override
    public boolean credentialsRejected() {
        return code == 190;
    }
}

package com.waplatform.web.validation;

import jakarta.ws.rs.BadRequestException;

/** A query or form parameter that cannot be read as what the endpoint takes: 400 naming it. */
public class InvalidParameterException extends BadRequestException {

    private final String field;

    public InvalidParameterException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

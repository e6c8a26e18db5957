package com.waplatform.web.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A text of a request body holds the NUL character: 400 naming the field. */
public class NulInTextException extends MismatchedInputException {

    NulInTextException(JsonParser parser) {
        super(parser, Nul.REFUSED, String.class);
    }
}

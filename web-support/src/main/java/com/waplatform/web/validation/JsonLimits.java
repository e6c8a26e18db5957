package com.waplatform.web.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Bounds a free-form JSON part of a request (a JsonNode: media, interactive, template, attributes): each text and
 * field name at most {@link #maxText} characters and without the NUL character, the whole at most
 * {@link #maxTotal} characters (texts, names and one per value) and {@link #maxDepth} levels. The violation names
 * the part and, in its message, the place inside it.
 */
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = JsonLimitsValidator.class)
public @interface JsonLimits {

    int maxText();

    int maxTotal();

    int maxDepth() default 8;

    String message() default "is too large";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

package com.waplatform.web.validation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Iterator;
import java.util.Map;

/** Checks a JSON part against its {@link JsonLimits}; stops at the first problem, which it names. */
public class JsonLimitsValidator implements ConstraintValidator<JsonLimits, JsonNode> {

    private JsonLimits limits;

    @Override
    public void initialize(JsonLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean isValid(JsonNode node, ConstraintValidatorContext context) {
        if (node == null) {
            return true;
        }
        String problem = null;
        try {
            stopAtTotal(measure(node, "", 1));
        } catch (Refused refused) {
            problem = refused.getMessage();
        }
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem.replaceAll("([\\\\{}$])", "\\\\$1"))
                .addConstraintViolation();
        return false;
    }

    /** The node's size (texts, names, one per value); fails naming the place of a text too long or with NUL. */
    private int measure(JsonNode node, String at, int depth) {
        if (depth > limits.maxDepth()) {
            throw new Refused(place(at) + "is nested more than " + limits.maxDepth() + " levels deep");
        }
        if (node.isTextual()) {
            return 1 + text(node.textValue(), at);
        }
        int total = 1;
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String path = at.isEmpty() ? field.getKey() : at + "." + field.getKey();
                total += text(field.getKey(), path) + measure(field.getValue(), path, depth + 1);
                stopAtTotal(total);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                total += measure(node.get(i), at + "[" + i + "]", depth + 1);
                stopAtTotal(total);
            }
        }
        return total;
    }

    private int text(String value, String at) {
        if (Nul.in(value)) {
            throw new Refused(place(at) + Nul.REFUSED);
        }
        if (value.length() > limits.maxText()) {
            throw new Refused(place(at) + "must be at most " + limits.maxText() + " characters (it has "
                    + value.length() + ")");
        }
        return value.length();
    }

    private void stopAtTotal(int total) {
        if (total > limits.maxTotal()) {
            throw new Refused("must be at most " + limits.maxTotal() + " characters in all");
        }
    }

    private static String place(String at) {
        String shown = Nul.removed(at);
        return shown.isEmpty() ? "" : "'" + (shown.length() > 100 ? shown.substring(0, 100) + "…" : shown) + "' ";
    }

    /** The first problem found, as the violation's message. */
    private static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }
}

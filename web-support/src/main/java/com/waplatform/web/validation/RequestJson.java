package com.waplatform.web.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;

/**
 * The JSON mapper of the REST endpoints: the application's own, except that a text field of a request body holding
 * the NUL character is refused (400 naming the field, see {@link NulInTextException}) instead of failing in the
 * database. Kafka consumers and REST clients keep the application's mapper.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class RequestJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper;

    public RequestJson(ObjectMapper application) {
        this.mapper = application.copy().registerModule(new SimpleModule("request-text")
                .addDeserializer(String.class, new NulRefusingText()));
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }

    /** Jackson's own text reading, then the NUL check. */
    private static final class NulRefusingText extends StdScalarDeserializer<String> {

        NulRefusingText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && Nul.in(value)) {
                throw new NulInTextException(parser);
            }
            return value;
        }
    }
}

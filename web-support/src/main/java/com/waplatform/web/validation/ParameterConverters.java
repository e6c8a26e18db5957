package com.waplatform.web.validation;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Reads query and form parameters so that a wrong value is the caller's mistake, named: {@code limit=abc},
 * {@code limit=99999999999} or {@code connectionId=zzz} answer 400 with the parameter and what it takes (JAX-RS
 * would answer 404), and a text holding the NUL character is refused. Path parameters are left alone: an id that
 * cannot exist is "not found".
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class ParameterConverters implements ParamConverterProvider {

    private record Reader(Function<String, Object> read, String expected) {
    }

    private static final Reader TEXT = new Reader(value -> value, "must be a text");
    private static final Reader WHOLE = new Reader(Integer::valueOf, "must be a whole number");
    private static final Reader LONG = new Reader(Long::valueOf, "must be a whole number");
    private static final Map<Class<?>, Reader> READERS = Map.of(String.class, TEXT,
            UUID.class, new Reader(UUID::fromString, "must be an id (a UUID such as 3f2b8a4e-…)"),
            int.class, WHOLE, Integer.class, WHOLE, long.class, LONG, Long.class, LONG);

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        Reader reader = READERS.get(rawType);
        if (name == null || reader == null) {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                if (Nul.in(value)) {
                    throw new InvalidParameterException(name, Nul.REFUSED);
                }
                try {
                    return (T) reader.read().apply(value);
                } catch (IllegalArgumentException e) {
                    throw new InvalidParameterException(name, value.strip().matches("[+-]?\\d+")
                            ? "is too large" : reader.expected());
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            String name = annotation instanceof QueryParam query ? query.value()
                    : annotation instanceof RestQuery query ? query.value()
                    : annotation instanceof FormParam form ? form.value()
                    : annotation instanceof RestForm form ? form.value() : null;
            if (name != null && !name.isEmpty()) {
                return name;
            }
        }
        return null;
    }
}

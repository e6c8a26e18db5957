package com.waplatform.tenant.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Domain names are stored comma-separated (a domain name cannot contain a comma). */
@Converter
public class DomainListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> domains) {
        return domains == null ? "" : String.join(",", domains);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? new ArrayList<>()
                : new ArrayList<>(Arrays.asList(column.split(",")));
    }
}

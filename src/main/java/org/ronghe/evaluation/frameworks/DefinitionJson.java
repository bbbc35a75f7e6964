package org.ronghe.evaluation.frameworks;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.json.JsonMapper;

/** A framework's definition kept as one JSON document (ADR 0029): a published version never changes. */
@Converter
class DefinitionJson implements AttributeConverter<Definition, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String convertToDatabaseColumn(Definition definition) {
        return definition == null ? null : JSON.writeValueAsString(definition);
    }

    @Override
    public Definition convertToEntityAttribute(String json) {
        return json == null ? null : JSON.readValue(json, Definition.class);
    }
}

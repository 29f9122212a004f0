package no.sammen.records.control;

import java.lang.reflect.Type;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** Reads and writes the JSON documents kept in {@code jsonb} columns. */
@ApplicationScoped
public class JsonDocuments {

    private final Jsonb jsonb = JsonbBuilder.create();

    public String write(Object value) {
        return jsonb.toJson(value);
    }

    public <T> List<T> readList(String json, Type listType) {
        List<T> list = jsonb.fromJson(json == null ? "[]" : json, listType);
        return list == null ? List.of() : List.copyOf(list);
    }

    public <T> T read(String json, Class<T> type) {
        return jsonb.fromJson(json, type);
    }
}

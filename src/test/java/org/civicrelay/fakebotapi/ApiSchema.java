package org.civicrelay.fakebotapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The official Bot API as data ({@code /botapi/api.json} on the test classpath): which methods exist, which
 * of their fields are required, and which fields every object type must carry. Used both to reject requests
 * the real server would reject and to check that the fake's own updates are complete.
 */
final class ApiSchema {

    record Field(String name, List<String> types, boolean required) {}

    record Method(String name, List<Field> fields) {}

    record Type(String name, List<Field> fields, List<String> subtypes) {}

    private static final String RESOURCE = "/botapi/api.json";

    private final Map<String, Method> methodsByLowerName;
    private final Map<String, Type> types;
    private final String version;

    private ApiSchema(Map<String, Method> methodsByLowerName, Map<String, Type> types, String version) {
        this.methodsByLowerName = methodsByLowerName;
        this.types = types;
        this.version = version;
    }

    /** The schema is immutable and 900 kB of JSON: read once per JVM, however many fakes a test run starts. */
    private static final class Shared {
        static final ApiSchema SCHEMA = load(new ObjectMapper());
    }

    static ApiSchema shared() {
        return Shared.SCHEMA;
    }

    static ApiSchema load(ObjectMapper mapper) {
        try (InputStream in = ApiSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            JsonNode root = mapper.readTree(in);
            Map<String, Method> methods = new HashMap<>();
            root.path("methods").forEach(m -> {
                Method method = new Method(m.path("name").asText(), fields(m));
                methods.put(method.name().toLowerCase(Locale.ROOT), method);
            });
            Map<String, Type> types = new HashMap<>();
            root.path("types").forEach(t -> {
                List<String> subtypes = new ArrayList<>();
                t.path("subtypes").forEach(s -> subtypes.add(s.asText()));
                types.put(t.path("name").asText(), new Type(t.path("name").asText(), fields(t), List.copyOf(subtypes)));
            });
            return new ApiSchema(
                    Map.copyOf(methods), Map.copyOf(types), root.path("version").asText());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static List<Field> fields(JsonNode node) {
        List<Field> fields = new ArrayList<>();
        node.path("fields").forEach(f -> {
            List<String> fieldTypes = new ArrayList<>();
            f.path("types").forEach(t -> fieldTypes.add(t.asText()));
            fields.add(new Field(
                    f.path("name").asText(),
                    List.copyOf(fieldTypes),
                    f.path("required").asBoolean()));
        });
        return List.copyOf(fields);
    }

    String version() {
        return version;
    }

    /** The method whatever the case of {@code name}, as the real server routes. */
    Optional<Method> method(String name) {
        return Optional.ofNullable(methodsByLowerName.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The canonical spelling of a method name, or the name itself if it is not a Bot API method. */
    String canonical(String name) {
        return method(name).map(Method::name).orElse(name);
    }

    /**
     * The first required field absent (or null) in {@code params} and not uploaded as a file part, or
     * {@code null} if all are there.
     */
    String firstMissingRequired(Method method, JsonNode params, java.util.Set<String> uploaded) {
        for (Field field : method.fields()) {
            JsonNode value = params.get(field.name());
            if (field.required() && (value == null || value.isNull()) && !uploaded.contains(field.name())) {
                return field.name();
            }
        }
        return null;
    }

    /**
     * Paths of required fields missing in {@code node} read as an object of type {@code typeName}, recursing
     * into nested objects and arrays. A type with subtypes (ChatMember, MaybeInaccessibleMessage) is complete
     * when any subtype is.
     */
    List<String> missingRequiredFields(String typeName, JsonNode node) {
        List<String> missing = new ArrayList<>();
        check(typeName, node, typeName, missing);
        return missing;
    }

    private void check(String typeName, JsonNode node, String path, List<String> missing) {
        Type type = types.get(typeName);
        if (type == null) {
            return;
        }
        if (!type.subtypes().isEmpty()) {
            List<String> best = null;
            for (String subtype : type.subtypes()) {
                List<String> attempt = new ArrayList<>();
                check(subtype, node, path, attempt);
                if (attempt.isEmpty()) {
                    return;
                }
                if (best == null || attempt.size() < best.size()) {
                    best = attempt;
                }
            }
            missing.addAll(best == null ? List.of(path) : best);
            return;
        }
        if (!node.isObject()) {
            missing.add(path + " (not an object)");
            return;
        }
        for (Field field : type.fields()) {
            JsonNode value = node.get(field.name());
            if (value == null || value.isNull()) {
                if (field.required()) {
                    missing.add(path + "." + field.name());
                }
                continue;
            }
            if (field.types().size() == 1) {
                checkValue(field.types().get(0), value, path + "." + field.name(), missing);
            }
        }
    }

    private void checkValue(String declared, JsonNode value, String path, List<String> missing) {
        if (declared.startsWith("Array of ")) {
            int index = 0;
            for (JsonNode element : value) {
                checkValue(declared.substring("Array of ".length()), element, path + "[" + index++ + "]", missing);
            }
            return;
        }
        check(declared, value, path, missing);
    }
}

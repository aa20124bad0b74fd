package org.partyregistry.audit;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The fields a write changed, old and new value each, rendered as a JSON object {"field":[old,new]}. */
public final class Changes {

    /**
     * Looked up once: {@code JSON.createObjectBuilder()} looks the provider up through the class path on every call,
     * which under load made each audited write wait on the class loader's jar files.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** One field's value before and after the write. */
    private record Change(Object before, Object after) {
    }

    private final Map<String, Change> fields = new LinkedHashMap<>();

    public static Changes of() {
        return new Changes();
    }

    /** Records a field set on creation. */
    public Changes set(String field, Object value) {
        return change(field, null, value);
    }

    /** Records a field only if its value differs. */
    public Changes change(String field, Object oldValue, Object newValue) {
        if (!Objects.equals(oldValue, newValue)) {
            fields.put(field, new Change(oldValue, newValue));
        }
        return this;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public String toJson() {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        fields.forEach((name, change) -> object.add(name, JSON.createArrayBuilder()
                .add(text(change.before())).add(text(change.after()))));
        return object.build().toString();
    }

    private static jakarta.json.JsonValue text(Object value) {
        return value == null ? jakarta.json.JsonValue.NULL : JSON.createValue(value.toString());
    }
}

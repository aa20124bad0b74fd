package org.partyregistry.audit;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The fields a write changed, old and new value each, rendered as a JSON object {"field":[old,new]}. */
public final class Changes {

    private final Map<String, Object[]> fields = new LinkedHashMap<>();

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
            fields.put(field, new Object[] {oldValue, newValue});
        }
        return this;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public String toJson() {
        JsonObjectBuilder object = Json.createObjectBuilder();
        fields.forEach((name, values) -> {
            var pair = Json.createArrayBuilder();
            for (Object value : values) {
                if (value == null) {
                    pair.addNull();
                } else {
                    pair.add(value.toString());
                }
            }
            object.add(name, pair);
        });
        return object.build().toString();
    }
}

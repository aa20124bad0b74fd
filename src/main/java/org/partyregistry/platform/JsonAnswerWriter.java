package org.partyregistry.platform;

import jakarta.annotation.Priority;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;

/**
 * Writes the API's JSON answers (its records and classes, and lists and maps of them) with JSON-B straight into the
 * response as UTF-8. The container's own JSON-B writer first builds the whole answer as a string: for the city's
 * largest reports (tens of millions of characters) that string and its copies while it grew were much of the call's
 * time and memory. The JSON is the same: the same default JSON-B configuration, one instance for all calls (it is
 * thread-safe), and plain records are written without it ({@link RecordJson}). JSON-P values, text and the other
 * types are left to the container's writers.
 *
 * <p>Its priority puts it before Jersey's own JSON-B writer, which takes the same types at the same distance: without
 * it, which of the two wrote the answers depended on the order the providers were found in at deployment, and varied
 * from one start of a node to the next.
 */
@Provider
@Priority(JsonAnswerWriter.PRIORITY)
@Produces(MediaType.APPLICATION_JSON)
public class JsonAnswerWriter implements MessageBodyWriter<Object> {

    /** Before the providers of the default priority ({@link Priorities#USER}), as Jersey's JSON-B writer is. */
    static final int PRIORITY = Priorities.USER - 1000;

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return mediaType != null && MediaType.APPLICATION_JSON_TYPE.isCompatible(mediaType)
                && !mediaType.isWildcardType() && !mediaType.isWildcardSubtype() && isAnswer(type);
    }

    /** A record or class of this application, or a list or map (of them). */
    static boolean isAnswer(Class<?> type) {
        if (type == null || JsonValue.class.isAssignableFrom(type)) {
            return false;
        }
        return type.isRecord() || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
                || type.getName().startsWith("org.partyregistry.");
    }

    @Override
    public void writeTo(Object answer, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream entity)
            throws IOException {
        Type declared = genericType == null ? type : genericType;
        RecordJson.Kind plain = RecordJson.plan(answer, declared);
        if (plain != null) {
            RecordJson.write(plain, answer, entity);
        } else {
            JSONB.toJson(answer, declared, new KeptOpen(entity));
        }
    }

    /** The response's stream, flushed but not closed when JSON-B closes its generator: the container closes it. */
    private static final class KeptOpen extends FilterOutputStream {

        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

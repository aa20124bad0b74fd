package org.partyregistry.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The application is distributable: Payara replicates the HTTP session, and with it every view-scoped bean (in
 * Faces' "activeViewMaps") and session-scoped bean. Each field they hold must be serializable, down to the element
 * types of its collections, or the session cannot be written ("Cannot serialize session attribute ...").
 */
class SessionStateTest {

    @Test
    @DisplayName("view- and session-scoped beans hold only serializable state (injected proxies aside)")
    void serializable() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Messages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(type);
                }
            }
        }
        assertThat(beans).hasSizeGreaterThan(25);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)
                            || field.isAnnotationPresent(Inject.class)) {
                        continue;
                    }
                    check(field.getGenericType(), bean.getSimpleName() + "." + field.getName(), problems,
                            new ArrayList<>());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void check(Type type, String where, List<String> problems, List<Class<?>> seen) {
        if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c.isEnum() || seen.contains(c)) {
                return;
            }
            if (c.isArray()) {
                check(c.getComponentType(), where, problems, seen);
                return;
            }
            if (c.isInterface() && (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c))) {
                return;
            }
            if (c == Optional.class || !Serializable.class.isAssignableFrom(c) && !c.isInterface()) {
                problems.add(where + ": " + c.getName() + " is not Serializable");
                return;
            }
            if (c.isRecord()) {
                seen.add(c);
                for (var component : c.getRecordComponents()) {
                    check(component.getGenericType(), where + "." + component.getName(), problems, seen);
                }
            }
        } else if (type instanceof ParameterizedType p) {
            check(p.getRawType(), where, problems, seen);
            for (Type argument : p.getActualTypeArguments()) {
                check(argument, where + "<>", problems, seen);
            }
        } else if (type instanceof GenericArrayType a) {
            check(a.getGenericComponentType(), where, problems, seen);
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                check(bound, where, problems, seen);
            }
        } else if (type instanceof TypeVariable<?>) {
            // bounded by the declaring class; checked where it is bound
        }
    }
}

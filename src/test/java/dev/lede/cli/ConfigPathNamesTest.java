package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.lede.core.article.Problem;
import dev.lede.io.LoadSink;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigPathNamesTest {

    private final ConfigPathNames names = new ConfigPathNames(Map.of("/srv/news", "/etc/lede:3"));

    @Test
    void onlyAProblemOfAnInputThePathLineGaveIsNamedByIt() {
        assertEquals(
                new Problem("/etc/lede:3: /srv/news", "no such file"),
                names.named(new Problem("/srv/news", "no such file")));
        Problem inside = new Problem("/srv/news/a.txt", "binary file; skipped");
        assertSame(inside, names.named(inside));
    }

    /** The naming sink passes every call on: one it left to LoadSink's default would be lost, or refused. */
    @Test
    void theNamingSinkPassesOnEveryCallALoadSinkTakes() throws Exception {
        Class<?> naming = names.naming(parsed -> {}).getClass();
        List<String> missing = Arrays.stream(LoadSink.class.getMethods())
                .filter(method -> !Modifier.isStatic(method.getModifiers()))
                .filter(method -> !declares(naming, method))
                .map(Method::getName)
                .toList();
        assertEquals(List.of(), missing);
    }

    private static boolean declares(Class<?> type, Method method) {
        try {
            type.getDeclaredMethod(method.getName(), method.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}

package org.mpjgrader.runner;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

/**
 * What of the JVM a program could change for the runs after it: system properties, default locale and time zone,
 * and the threads alive outside any rank. A JVM whose state after a run differs from before it is retired.
 */
record JvmState(Map<Object, Object> properties, Locale locale, TimeZone timeZone, Set<Thread> threads) {

    static JvmState now() {
        return new JvmState(new HashMap<>(System.getProperties()), Locale.getDefault(), TimeZone.getDefault(),
            Set.copyOf(Thread.getAllStackTraces().keySet()));
    }

    /** What changed between this state and {@code later}, or empty when nothing did (threads that ended do not count). */
    String changesTo(JvmState later) {
        if (!properties.equals(later.properties)) {
            java.util.Set<Object> keys = new java.util.TreeSet<>(java.util.Comparator.comparing(String::valueOf));
            keys.addAll(properties.keySet());
            keys.addAll(later.properties.keySet());
            keys.removeIf(k -> java.util.Objects.equals(properties.get(k), later.properties.get(k)));
            return "system properties changed: " + keys;
        }
        if (!locale.equals(later.locale) || !timeZone.equals(later.timeZone)) {
            return "default locale or time zone changed";
        }
        for (Thread thread : later.threads) {
            if (!threads.contains(thread) && thread.isAlive()) {
                return "thread \"" + thread.getName() + "\" left running";
            }
        }
        return "";
    }
}

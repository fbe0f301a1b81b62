package org.civicrelay.e2e;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;

/**
 * An end-to-end test class: it runs beside the other end-to-end classes, since each starts its own fake
 * Telegram on an ephemeral port and its own bot JVM in a temporary folder of its own, and mostly waits on
 * them; its own tests run one after another on the class's bot. The rest of the suite (unit and in-process
 * tests) runs one class at a time meanwhile (junit-platform.properties).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(providers = EndToEnd.OwnBot.class)
@interface EndToEnd {

    /** A lock of the class's own: nothing else needs it, and JUnit runs the tests of a class holding a lock in one thread. */
    final class OwnBot implements ResourceLocksProvider {

        @Override
        public Set<Lock> provideForClass(Class<?> testClass) {
            return Set.of(new Lock("the bot of " + testClass.getName()));
        }
    }
}

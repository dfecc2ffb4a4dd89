package org.conflicttally.job;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One local SparkSession for all test classes of the JVM: starting one costs about 5 s. Test classes say
 * {@code @ExtendWith(SharedSpark.class)} and take a {@link SparkSession} parameter; the session is stopped
 * when the whole test run ends (JUnit closes AutoCloseable values of the root store).
 */
public final class SharedSpark implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedSpark.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SparkSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Session.class, k -> new Session(start()), Session.class).spark();
    }

    private static SparkSession start() {
        return SparkSession.builder()
                .appName("conflict-tally-tests")
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.session.timeZone", "UTC")
                .config(LocalFiles.PROPERTY, LocalFiles.class.getName())   // as the job's own session
                .getOrCreate();
    }

    private record Session(SparkSession spark) implements AutoCloseable {
        @Override
        public void close() {
            spark.stop();
        }
    }
}

package org.civicrelay.fakebotapi;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK HTTP server on an ephemeral port of 127.0.0.1, on daemon threads so a test that forgets to close the
 * fake cannot keep the JVM alive; one thread per request, since long polls hold theirs for up to a minute.
 */
final class FakeServer {

    private final HttpServer server;
    private final ExecutorService pool;

    private FakeServer(HttpServer server, ExecutorService pool) {
        this.server = server;
        this.pool = pool;
    }

    static FakeServer start(HttpHandler handler) {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fake-telegram-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            server.createContext("/", handler);
            server.setExecutor(pool);
            server.start();
            return new FakeServer(server, pool);
        } catch (IOException e) {
            pool.shutdownNow();
            throw new UncheckedIOException("cannot start the fake Bot API server", e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Stops at once: the caller has already ended the long polls, and a bot's request may be cut short. */
    void stop() {
        server.stop(0);
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.civicrelay.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.civicrelay.fakebotapi.FakeTelegram;

/**
 * The real bot, run as its own JVM (as an operator runs it), pointed at a fake Bot API. A separate
 * process is what lets a test kill it with SIGKILL, stop it with SIGTERM and read its exit code and RSS.
 */
public final class BotProcess implements AutoCloseable {

    /** Where the project is: bot-config.yml is read from the working folder, as in production. */
    static final Path PROJECT = Path.of("").toAbsolutePath();

    private final Map<String, String> env;
    private final Path folder;
    private final Path log;
    private final List<String> jvmOptions = new ArrayList<>(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"));
    private Path jar;
    private Process process;
    private Instant startedAt;
    private int starts;

    private BotProcess(Map<String, String> env, Path folder) {
        this.env = env;
        this.folder = folder;
        this.log = folder.resolve("bot.log");
    }

    /** The usual settings against {@code telegram}: database in {@code folder}, short polling timeout. */
    public static BotProcess against(FakeTelegram telegram, Path folder) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("BOT_TOKEN", telegram.token());
        env.put("BOT_API_URL", telegram.baseUrl());
        env.put("BOT_DB_PATH", folder.resolve("db/civic-relay.db").toString());
        env.put("BOT_POLLING_TIMEOUT_SECONDS", "2");
        env.put("BOT_POLLING_MAX_BACK_OFF", "2s");
        // Cards leave at once in tests; TimingE2ETest proves the random delay with a value of its own.
        env.put("BOT_CARD_DELAY", "0s");
        // Decisions reach authors after the undo window (60 s by default): short here, so that tests of the
        // outcome need not wait; the tests of undo set their own.
        env.put("MODERATION_UNDOWINDOW", "2s");
        return new BotProcess(env, folder);
    }

    /** Only the given variables (plus nothing inherited that starts with BOT_): for bad-settings tests. */
    public static BotProcess withEnvironment(Map<String, String> env, Path folder) {
        return new BotProcess(new LinkedHashMap<>(env), folder);
    }

    public BotProcess set(String variable, String value) {
        if (value == null) {
            env.remove(variable);
        } else {
            env.put(variable, value);
        }
        return this;
    }

    /** Runs the packaged jar ({@code java -jar}) instead of the test class path, as an operator would. */
    public BotProcess usingJar(Path jar, List<String> jvmOptions) {
        this.jar = jar;
        this.jvmOptions.clear();
        this.jvmOptions.addAll(jvmOptions);
        return this;
    }

    /** The bot JVM's -Xmx, e.g. "128m" as the Dockerfile sets it (default 256m). */
    public BotProcess maxHeap(String size) {
        jvmOptions.removeIf(option -> option.startsWith("-Xmx"));
        jvmOptions.add(0, "-Xmx" + size);
        return this;
    }

    /** When the latest start was asked for. */
    public Instant startedAt() {
        return startedAt;
    }

    public Path databaseFile() {
        return Path.of(env.getOrDefault("BOT_DB_PATH", "./data/civic-relay.db"));
    }

    public Path folder() {
        return folder;
    }

    /** Starts the bot; returns at once (use the fake to wait for it to poll). */
    public BotProcess start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        ProcessBuilder builder = builder();
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            Files.createDirectories(folder);
            Files.writeString(
                    log,
                    "----- start " + (++starts) + " -----\n",
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            startedAt = Instant.now();
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Runs {@code java ... CivicRelayApplication args...} (or {@code java -jar ... args...}) with this bot's
     * settings and JVM options, as an operator runs a command beside the bot, e.g. {@code backup FILE};
     * returns at once with the process, whose output goes to {@code output}.
     */
    public Process command(Path output, String... args) {
        ProcessBuilder builder = builder();
        builder.command().addAll(List.of(args));
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The java command line of the bot, in the project folder, with exactly this bot's BOT_ variables. */
    private ProcessBuilder builder() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        if (jar != null) {
            command.add("-jar");
            command.add(jar.toAbsolutePath().toString());
        } else {
            command.add("-cp");
            command.add(classPath());
            command.add("org.civicrelay.CivicRelayApplication");
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(PROJECT.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("BOT_"));
        builder.environment().putAll(env);
        return builder;
    }

    /** Starts the bot and waits until it has asked for updates (it is polling). */
    public BotProcess startAndAwaitPolling(FakeTelegram telegram) {
        int before = telegram.callCount("getUpdates");
        start();
        telegram.await(
                () -> telegram.callCount("getUpdates") > before || !isAlive(),
                Duration.ofSeconds(60),
                "the bot to start polling");
        if (!isAlive()) {
            throw new AssertionError("the bot exited with " + process.exitValue() + ":\n" + output());
        }
        return this;
    }

    /** A count from the bot's database, read as another process would (WAL allows it while the bot runs). */
    public int count(String sql) {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + databaseFile());
                java.sql.ResultSet rows = connection.createStatement().executeQuery(sql)) {
            return rows.getInt(1);
        } catch (java.sql.SQLException e) {
            return -1; // not created yet, or busy: the caller waits and asks again
        }
    }

    /** SIGKILL: no shutdown hooks, no chance to finish anything. */
    public void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(10));
    }

    /** SIGTERM, as docker stop or systemd do; returns how long the process took to exit. */
    public Duration terminate(Duration limit) {
        Instant asked = Instant.now();
        process.destroy();
        if (!waitFor(limit)) {
            throw new AssertionError("the bot did not exit within " + limit + " of SIGTERM");
        }
        return Duration.between(asked, Instant.now());
    }

    public boolean waitFor(Duration limit) {
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public int exitCode() {
        return process.exitValue();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** Resident set size of the bot's JVM in kB, from /proc. */
    public long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no VmRSS");
    }

    /** Everything the bot wrote to stdout and stderr, across restarts. */
    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitFor(Duration.ofSeconds(10));
        }
        keepLog();
    }

    /** Keeps the bot's output under target/e2e-logs, for reading after a failed run. */
    private void keepLog() {
        try {
            if (Files.exists(log)) {
                Path kept = PROJECT.resolve("target/e2e-logs");
                Files.createDirectories(kept);
                Files.copy(
                        log,
                        kept.resolve(folder.getFileName() + "-"
                                + ProcessHandle.current().pid() + ".log"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // only a convenience for debugging
        }
    }

    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}

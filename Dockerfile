# Civic Relay: build with the Maven wrapper, run on a JRE as an unprivileged user, data on a volume.
#   docker build -t civic-relay .
#   docker run -e BOT_TOKEN=... -e BOT_DATA_KEY=... -v civic-data:/data civic-relay
# The data key never goes on the /data volume (every backup of the volume would hold it): pass it as
# BOT_DATA_KEY, or as a secret file named by BOT_DATA_KEY_FILE; without one of them the image refuses to start.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN chmod +x mvnw && ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/civic-relay-bot.jar extract --destination /app

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 civicrelay \
 && useradd --system --uid 10001 --gid civicrelay --home-dir /app --shell /usr/sbin/nologin civicrelay \
 && mkdir -p /data && chown civicrelay:civicrelay /data && chmod 700 /data
WORKDIR /app
COPY --from=build /app /app
COPY bot-config.yml /app/bot-config.yml
# C1 only, a small heap: the bot waits on the network, it does not compute. Measured: RSS about 200 MB.
ENV JAVA_OPTS="-Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError"
# A class-data-sharing archive from a training run that stops once the context is built (no network,
# a throw-away database): start-up to the first getUpdates drops from about 8 s to about 3 s.
# It gets a throw-away key of its own, so that no key file is generated in the image.
RUN BOT_TOKEN=1:training BOT_DB_PATH=/tmp/training/data/db.db BOT_DATA_KEY="$(head -c 32 /dev/urandom | base64)" \
    java $JAVA_OPTS -XX:ArchiveClassesAtExit=/app/app.jsa -Dspring.context.exit=onRefresh -jar /app/civic-relay-bot.jar \
 && rm -rf /tmp/training
# BOT_DATA_KEY_REQUIRED: no key is ever generated in a container (it would land next to the data, or be lost).
ENV BOT_DB_PATH=/data/civic-relay.db \
    BOT_HEARTBEAT_FILE=/data/civic-relay.heartbeat \
    BOT_DATA_KEY_REQUIRED=true
USER civicrelay
VOLUME /data
# The bot renews the heartbeat file every few seconds while it hears Telegram and its sender works; three
# minutes without that means it cannot serve anyone (Telegram unreachable, token revoked, stuck).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["sh", "-c", "test $(( $(date +%s) - $(stat -c %Y \"$BOT_HEARTBEAT_FILE\") )) -lt 180"]
# SIGTERM (docker stop) stops polling and exits within seconds; no port is exposed: the bot long-polls.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -XX:SharedArchiveFile=/app/app.jsa -jar /app/civic-relay-bot.jar"]

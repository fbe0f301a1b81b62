# Civic Relay: build with the Maven wrapper, run on a JRE as an unprivileged user, data on a volume.
#   docker build -t civic-relay .
#   docker run -e BOT_TOKEN=... -e BOT_DATA_KEY=... -v civic-data:/data civic-relay

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN chmod +x mvnw && ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 civicrelay \
 && useradd --system --uid 10001 --gid civicrelay --home-dir /app --shell /usr/sbin/nologin civicrelay \
 && mkdir -p /app /data && chown civicrelay:civicrelay /data && chmod 700 /data
WORKDIR /app
COPY --from=build /src/target/civic-relay-bot.jar /app/civic-relay-bot.jar
COPY bot-config.yml /app/bot-config.yml
ENV BOT_DB_PATH=/data/civic-relay.db \
    JAVA_OPTS="-Xmx128m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"
USER civicrelay
VOLUME /data
# SIGTERM (docker stop) stops polling and exits within seconds; no port is exposed: the bot long-polls.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/civic-relay-bot.jar"]

# loggerflow ingest worker.
#   docker build -t loggerflow .
#   docker run --rm loggerflow --help
# Works with the classic builder and with BuildKit (no RUN --mount, no heredocs).

# ---- build: the shaded jar ingest-worker/target/loggerflow.jar -------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY parsers/pom.xml parsers/
COPY exporter/pom.xml exporter/
COPY ingest-worker/pom.xml ingest-worker/
# The bench modules are not built into the image; the reactor only needs their poms to exist.
COPY bench-generator/pom.xml bench-generator/
COPY bench/pom.xml bench/
COPY parsers/src parsers/src
COPY exporter/src exporter/src
COPY ingest-worker/src ingest-worker/src
# -DskipTests (not -Dmaven.test.skip): ingest-worker needs the parsers test-jar to resolve.
RUN mvn -B -q package -DskipTests -pl ingest-worker -am

# Health check probe. The JRE image has neither javac nor (guaranteed) curl/wget, and installing curl
# only for this adds a package to patch. So a 15-line Java class is compiled here and run by the JRE
# that is in the image anyway: it GETs http://127.0.0.1:$LOGGERFLOW_HTTP_PORT/metrics (default 9400)
# and exits 0 on a 2xx answer, 1 otherwise (connection refused, timeout, error status).
RUN mkdir -p /healthcheck/src /healthcheck/classes \
 && printf '%s\n' \
    'import java.net.HttpURLConnection;' \
    'import java.net.URI;' \
    'public final class HealthCheck {' \
    '    public static void main(String[] args) {' \
    '        String port = System.getenv().getOrDefault("LOGGERFLOW_HTTP_PORT", "9400").trim();' \
    '        String url = args.length > 0 ? args[0] : "http://127.0.0.1:" + (port.isEmpty() ? "9400" : port) + "/metrics";' \
    '        try {' \
    '            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();' \
    '            c.setConnectTimeout(3000);' \
    '            c.setReadTimeout(5000);' \
    '            int status = c.getResponseCode();' \
    '            if (status >= 200 && status < 300) System.exit(0);' \
    '            System.err.println("unhealthy: " + url + " answered " + status);' \
    '        } catch (Exception e) {' \
    '            System.err.println("unhealthy: " + url + ": " + e);' \
    '        }' \
    '        System.exit(1);' \
    '    }' \
    '}' > /healthcheck/src/HealthCheck.java \
 && javac --release 17 -d /healthcheck/classes /healthcheck/src/HealthCheck.java

# ---- runtime ---------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre

# Numeric ids so bind-mounted host folders can be chown'ed to them (see deploy/README.md).
# --non-unique: the Ubuntu base already has uid/gid 1000 ("ubuntu"), a common host uid to build with.
ARG APP_UID=10001
ARG APP_GID=10001
RUN groupadd --non-unique --gid "${APP_GID}" loggerflow \
 && useradd --non-unique --uid "${APP_UID}" --gid "${APP_GID}" --no-create-home --home-dir /app \
      --shell /usr/sbin/nologin loggerflow \
 && mkdir -p /app /data/inbox /data/archive /data/failed /data/work /data/exports \
 && chown -R "${APP_UID}:${APP_GID}" /data

COPY --from=build /src/ingest-worker/target/loggerflow.jar /app/loggerflow.jar
COPY --from=build /healthcheck/classes/ /app/healthcheck/

# Inside the container the servers must listen on all interfaces to be reachable through published
# ports. Publish them on 127.0.0.1 of the host only (docker run -p 127.0.0.1:8000:8000 ...): the
# JobRunr dashboard has no authentication of its own.
ENV LOGGERFLOW_DATA_DIR=/data \
    LOGGERFLOW_HTTP_BIND=0.0.0.0 \
    LOGGERFLOW_HTTP_PORT=9400 \
    LOGGERFLOW_DASHBOARD_BIND=0.0.0.0 \
    LOGGERFLOW_DASHBOARD_PORT=8000

WORKDIR /app
USER ${APP_UID}:${APP_GID}
VOLUME ["/data"]
# 8000: JobRunr dashboard, 9400: /metrics (Prometheus format)
EXPOSE 8000 9400

# Small heap and C1 only: the probe JVM starts, makes one request and exits (well under a second).
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["java", "-Xmx16m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", "/app/healthcheck", "HealthCheck"]

ENTRYPOINT ["java", "-jar", "/app/loggerflow.jar"]
CMD ["run"]

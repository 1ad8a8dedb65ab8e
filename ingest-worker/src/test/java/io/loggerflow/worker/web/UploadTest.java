package io.loggerflow.worker.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.db.ConnectionInfo;
import io.loggerflow.worker.testing.Await;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.Samples;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The upload endpoint and the file status endpoint, on a real worker and a real PostgreSQL. */
class UploadTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String TOKEN = "s3cret-upload-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String DAY1 = Samples.DAY1.getFileName().toString();

    /** The temp dir holds the data dir, so a file escaping the inbox (or the data dir) would still be seen. */
    @TempDir
    Path root;
    private Settings settings;
    private Loggerflow app;
    private int port;

    @BeforeEach
    void settings() {
        ConnectionInfo db = TestPostgres.freshDatabase();
        settings = TestWorker.settings(db, root.resolve("data"), Map.of(
                Settings.Key.HTTP_PORT.property, "0",
                Settings.Key.UPLOAD_ENABLED.property, "true",
                Settings.Key.UPLOAD_TOKEN.property, TOKEN));
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    /** A worker as `run` has it: workers, watcher and the HTTP API. */
    private void startWorker() {
        app = Loggerflow.open(settings);
        app.startWorkers();
        app.startWatcher();
        port = app.startHttpApi();
    }

    @Test
    void anUploadedFileIsImportedAndItsStatusCanBeFollowed() throws Exception {
        startWorker();
        HttpResponse<String> response = send(post("/upload?name=" + DAY1, TOKEN)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofFile(Samples.DAY1)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode created = JSON.readTree(response.body());
        String id = created.get("id").asText();
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(created.get("site").asText()).isEqualTo("default");
        assertThat(created.get("name").asText()).isEqualTo(DAY1);
        assertThat(created.get("path").asText()).isEqualTo(DAY1);
        assertThat(created.get("bytes").asLong()).isEqualTo(Files.size(Samples.DAY1));
        assertThat(response.headers().firstValue("Location")).contains("/files/" + id);

        JsonNode status = awaitStatus(id, "loaded");
        assertThat(status.get("id").asText()).isEqualTo(id);
        assertThat(status.get("readings").asLong()).isEqualTo(2867);
        assertThat(status.get("first").asText()).isEqualTo("2024-03-01T00:00:00Z");
        assertThat(status.get("last").asText()).isEqualTo("2024-03-01T23:50:00Z");
        assertThat(status.get("reason").isNull()).isTrue();
        assertThat(status.get("layout").isNull()).as("a TOA5 file's layout is not sniffed").isTrue();
        assertThat(status.get("fileId").asLong()).isEqualTo(
                Db.single(app.dataSource(), "SELECT id FROM files WHERE job_id = ?::uuid", id));

        Path archived = settings.archiveDir().resolve("default").resolve(LocalDate.now(ZoneOffset.UTC).toString())
                .resolve(DAY1);
        Await.until("the upload to move to archive/", TIMEOUT, () -> Files.exists(archived));
        assertThat(Files.mismatch(archived, Samples.DAY1)).isEqualTo(-1L);
        assertThat(settings.inbox().resolve(DAY1)).doesNotExist();
        assertThat(hiddenFiles(settings.inbox())).isEmpty();

        // The watcher computes the same job id: give it time to see the file had it not been moved yet.
        Thread.sleep(settings.quietPeriod().toMillis() + 500);
        assertThat(Db.count(app.dataSource(), "SELECT count(*) FROM files")).isEqualTo(1);
        assertThat(Db.count(app.dataSource(), "SELECT count(*) FROM readings")).isEqualTo(2867);
    }

    @Test
    void theStatusOfAFileReadByGenericSniffedShowsTheLayoutItEstablished() throws Exception {
        startWorker();
        Path sample = io.loggerflow.parsers.SampleExpectations.root()
                .resolve("sniffed-lidar-iso/FLS200_buoy3_2024-03-01.csv");
        HttpResponse<String> response = send(post("/upload?name=" + sample.getFileName(), TOKEN)
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofFile(sample)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);

        JsonNode status = awaitStatus(JSON.readTree(response.body()).get("id").asText(), "loaded");
        assertThat(status.get("readings").asLong()).isEqualTo(36 + 36 + 34 + 34);
        assertThat(status.get("first").asText()).isEqualTo("2024-03-01T00:00:00Z");
        assertThat(status.get("layout").asText()).contains("delimiter ','",
                "timestamp 'timestamp' as yyyy-MM-dd'T'HH:mm:ssXXX (year first)", "zone from the offset in the stamps");
    }

    @Test
    void aMissingOrWrongTokenIsRefusedAndNothingIsWritten() throws Exception {
        startWorker();
        Map<String, Long> before = tree();
        HttpResponse<String> none = send(HttpRequest.newBuilder(uri("/upload?name=" + DAY1))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofFile(Samples.DAY1)));
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(none.body()).get("error").asText()).isNotEmpty();
        assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");

        for (String token : new String[] {"wrong", TOKEN + "x", TOKEN.substring(1), ""}) {
            HttpResponse<String> wrong = send(post("/upload?name=" + DAY1, token)
                    .POST(HttpRequest.BodyPublishers.ofFile(Samples.DAY1)));
            assertThat(wrong.statusCode()).as("token '%s'", token).isEqualTo(401);
        }
        HttpResponse<String> basic = send(HttpRequest.newBuilder(uri("/upload?name=" + DAY1))
                .header("Authorization", "Basic " + TOKEN).POST(HttpRequest.BodyPublishers.ofFile(Samples.DAY1)));
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(uri("/files/" + UUID.randomUUID())).GET()).statusCode()).isEqualTo(401);

        Thread.sleep(settings.quietPeriod().toMillis() + 200); // anything written would be imported meanwhile
        assertThat(tree()).isEqualTo(before);
        assertThat(Db.count(app.dataSource(), "SELECT count(*) FROM files")).isZero();
    }

    @Test
    void namesThatAreNotPlainNamesAreRefusedAndNothingIsWrittenAnywhere() throws Exception {
        startWorker();
        Map<String, Long> before = tree();
        String[] rawQueries = {
                "name=../evil.dat", "name=..%2Fevil.dat", "name=..%2F..%2Fevil.dat", "name=a/b.dat", "name=a%2Fb.dat",
                "name=.hidden", "name=..", "name=a%5Cb.dat", "name=%2Fetc%2Fevil.dat", "name=evil%00.dat",
                "name=line%0Abreak.dat", "name=" + "x".repeat(256), "name=MAST01.dat.part", "name=MAST01.dat.tmp",
                "name=x.dat.error.txt", "name=", "", "name=ok.dat&site=..", "name=ok.dat&site=../x",
                "name=ok.dat&site=a%2Fb", "name=ok.dat&site=.hidden", "name=ok.dat&name=other.dat"};
        for (String query : rawQueries) {
            HttpResponse<String> response = send(post("/upload?" + query, TOKEN)
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofFile(Samples.DAY1)));
            assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("error").asText()).isNotEmpty();
        }
        // Multipart is not taken (the raw body is the one way): a clear 415 that names the raw-body way.
        HttpResponse<String> multipart = send(multipart("north", DAY1, Files.readAllBytes(Samples.DAY1)));
        assertThat(multipart.statusCode()).as(multipart.body()).isEqualTo(415);
        assertThat(JSON.readTree(multipart.body()).get("error").asText()).contains("multipart")
                .contains("--data-binary").contains("/upload?name=");
        HttpResponse<String> empty = send(post("/upload?name=empty.dat", TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(empty.statusCode()).isEqualTo(400);

        Thread.sleep(settings.quietPeriod().toMillis() + 200);
        assertThat(tree()).isEqualTo(before);
        assertThat(Db.count(app.dataSource(), "SELECT count(*) FROM files")).isZero();
    }

    @Test
    void anUploadWithASiteLandsInThatSitesFolderAndLoadsForThatSite() throws Exception {
        startWorker();
        HttpResponse<String> response = send(post("/upload?site=north-ridge&name=" + DAY1, TOKEN)
                .POST(HttpRequest.BodyPublishers.ofFile(Samples.DAY1)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode created = JSON.readTree(response.body());
        String id = created.get("id").asText();
        assertThat(created.get("site").asText()).isEqualTo("north-ridge");
        assertThat(created.get("path").asText()).isEqualTo("north-ridge/" + DAY1);

        JsonNode status = awaitStatus(id, "loaded");
        assertThat(status.get("readings").asLong()).isEqualTo(2867);
        Path uploaded = settings.inbox().resolve("north-ridge").resolve(DAY1).toAbsolutePath().normalize();
        assertThat(Db.single(app.dataSource(), "SELECT path FROM files WHERE job_id = ?::uuid", id))
                .isEqualTo(uploaded.toString());
        assertThat(Db.single(app.dataSource(), "SELECT src.site FROM files f JOIN sources src ON src.id = f.source_id"
                + " WHERE f.job_id = ?::uuid", id)).isEqualTo("north-ridge");
        assertThat(Db.single(app.dataSource(), "SELECT site FROM files WHERE job_id = ?::uuid", id))
                .isEqualTo("north-ridge");
        Path archived = settings.archiveDir().resolve("north-ridge").resolve(LocalDate.now(ZoneOffset.UTC).toString())
                .resolve(DAY1);
        Await.until("the upload to move to archive/north-ridge/", TIMEOUT, () -> Files.exists(archived));
        assertThat(uploaded).doesNotExist();
    }

    @Test
    void fileStatusOfAnUnknownJobIs404AndOfAnInvalidIdIs400() throws Exception {
        startWorker();
        HttpResponse<String> unknown = send(get("/files/" + UUID.randomUUID()));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("error").asText()).isNotEmpty();
        assertThat(send(get("/files/not-a-uuid")).statusCode()).isEqualTo(400);
        assertThat(send(get("/files/1-1-1-1-1")).statusCode()).isEqualTo(400); // UUID.fromString would take it
        assertThat(send(get("/files/")).statusCode()).isEqualTo(404);

        HttpResponse<String> postToFiles = send(post("/files/" + UUID.randomUUID(), TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(postToFiles.statusCode()).isEqualTo(405);
        assertThat(postToFiles.headers().firstValue("Allow")).contains("GET");
        HttpResponse<String> getUpload = send(get("/upload"));
        assertThat(getUpload.statusCode()).isEqualTo(405);
        assertThat(getUpload.headers().firstValue("Allow")).contains("POST");
        assertThat(send(post("/upload", TOKEN).PUT(HttpRequest.BodyPublishers.ofString("x"))).statusCode())
                .isEqualTo(405);
        assertThat(send(post("/uploadx?name=a.dat", TOKEN).POST(HttpRequest.BodyPublishers.ofString("x")))
                .statusCode()).isEqualTo(404);
    }

    /**
     * Without workers the uploaded files stay in the inbox: an existing name is refused with 409 and not
     * overwritten, large bodies (also chunked) arrive intact,
     * and the status of a job nobody runs yet is "queued".
     */
    @Test
    void anExistingNameIsNotOverwrittenAndBodiesArriveByteForByte() throws Exception {
        app = Loggerflow.open(settings);
        port = app.startHttpApi();

        HttpResponse<String> first = send(post("/upload?name=" + DAY1, TOKEN)
                .POST(HttpRequest.BodyPublishers.ofFile(Samples.DAY1)));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String id = JSON.readTree(first.body()).get("id").asText();
        JsonNode queued = JSON.readTree(send(get("/files/" + id)).body());
        assertThat(queued.get("status").asText()).isEqualTo("queued");

        HttpResponse<String> again = send(post("/upload?name=" + DAY1, TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("other content")));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(Files.mismatch(settings.inbox().resolve(DAY1), Samples.DAY1)).isEqualTo(-1L);
        assertThat(hiddenFiles(settings.inbox())).isEmpty();

        byte[] binary = awkwardBytes();
        HttpResponse<String> chunked = send(post("/upload?name=chunked.bin&site=lab", TOKEN)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(binary))));
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(201);
        assertThat(JSON.readTree(chunked.body()).get("bytes").asLong()).isEqualTo(binary.length);
        assertThat(Files.readAllBytes(settings.inbox().resolve("lab").resolve("chunked.bin"))).isEqualTo(binary);

        // Two uploads of one name at once: one is published, the other refused; the file is the winner's.
        byte[] other = binary.clone();
        other[0] ^= 1;
        var a = HTTP.sendAsync(post("/upload?name=race.bin", TOKEN).POST(HttpRequest.BodyPublishers.ofByteArray(binary))
                .build(), HttpResponse.BodyHandlers.ofString());
        var b = HTTP.sendAsync(post("/upload?name=race.bin", TOKEN).POST(HttpRequest.BodyPublishers.ofByteArray(other))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(java.util.List.of(a.get().statusCode(), b.get().statusCode())).containsExactlyInAnyOrder(201, 409);
        assertThat(Files.readAllBytes(settings.inbox().resolve("race.bin")))
                .isEqualTo(a.get().statusCode() == 201 ? binary : other);
        assertThat(hiddenFiles(settings.inbox())).isEmpty();
    }

    @Test
    void withoutUploadsEnabledThereIsNoUploadRoute() throws Exception {
        settings = settings.with(Map.of(Settings.Key.UPLOAD_ENABLED.property, "false"));
        app = Loggerflow.open(settings);
        port = app.startHttpApi();
        assertThat(send(post("/upload?name=a.dat", TOKEN).POST(HttpRequest.BodyPublishers.ofString("x")))
                .statusCode()).isEqualTo(404);
        assertThat(send(get("/files/" + UUID.randomUUID())).statusCode()).isEqualTo(404);
        assertThat(Files.exists(settings.inbox().resolve("a.dat"))).isFalse();
    }

    // ---- helpers

    private JsonNode awaitStatus(String id, String wanted) throws Exception {
        JsonNode[] last = new JsonNode[1];
        Await.until("job " + id + " to be " + wanted, TIMEOUT, () -> {
            HttpResponse<String> response = sendUnchecked(get("/files/" + id));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            last[0] = readTree(response.body());
            String status = last[0].get("status").asText();
            assertThat(status).as(response.body()).isIn("queued", "processing", "retrying", wanted);
            return status.equals(wanted);
        });
        return last[0];
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    private HttpRequest.Builder post(String pathAndQuery, String token) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).header("Authorization", "Bearer " + token);
    }

    private HttpRequest.Builder get(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).header("Authorization", "Bearer " + TOKEN).GET();
    }

    /** A multipart/form-data upload, as a browser form would send it. */
    private HttpRequest.Builder multipart(String site, String filename, byte[] content) throws IOException {
        String boundary = "----loggerflow-test-boundary-7MA4YWxkTrZu0gW";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"site\"\r\n\r\n" + site + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return post("/upload", TOKEN).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    /** 300 KB of random bytes sprinkled with CRLFs, dashes and boundary-like prefixes. */
    private static byte[] awkwardBytes() {
        Random random = new Random(42);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[997];
        String delimiter = "\r\n------loggerflow-test-boundary-7MA4YWxkTrZu0gW";
        while (out.size() < 300_000) {
            random.nextBytes(chunk);
            out.writeBytes(chunk);
            String near = delimiter.substring(0, random.nextInt(delimiter.length() - 1) + 1);
            out.writeBytes(near.getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> sendUnchecked(HttpRequest.Builder request) {
        try {
            return send(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file and folder under the test's temp dir, with file sizes (-1 for folders). */
    private Map<String, Long> tree() throws IOException {
        Map<String, Long> result = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.forEach(p -> {
                try {
                    result.put(root.relativize(p).toString(), Files.isDirectory(p) ? -1L : Files.size(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return result;
    }

    private static Map<String, Long> hiddenFiles(Path folder) throws IOException {
        Map<String, Long> hidden = new HashMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.filter(p -> p.getFileName().toString().startsWith(".")).forEach(p -> hidden.put(p.toString(), 0L));
        }
        return hidden;
    }
}

package io.loggerflow.worker.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.loggerflow.worker.config.ConfigException;
import io.loggerflow.worker.config.Identifiers;
import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.jobs.JobSystem;
import io.loggerflow.worker.watch.InboxJobIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code POST /upload}: puts one file into the inbox and enqueues its import right away.
 *
 * <p>The request carries {@code Authorization: Bearer <upload.token>} (401 otherwise, nothing written) and
 * the file either
 * <ul>
 *   <li>as the raw body, with {@code ?name=<file name>&site=<site>} ({@code site} optional); any content
 *       type other than multipart is taken as raw bytes ({@code application/octet-stream} expected), or</li>
 *   <li>as {@code multipart/form-data} with a {@code file} part, whose filename is the file name (a
 *       {@code name} query parameter, if given, replaces it), and an optional {@code site} field. The
 *       {@code site} field must come <em>before</em> the file part, because the file is streamed straight
 *       into its site's folder; a {@code site} query parameter works too (both given and different: 400).</li>
 * </ul>
 *
 * <p><b>Site.</b> A site names an inbox folder: the default site ({@code site} setting) or no site puts the
 * file directly into the inbox, any other site into {@code inbox/<site>/}, whose folder settings apply
 * ({@code folder.<site>.*}). It must be a valid site name (400 otherwise).
 *
 * <p><b>File name.</b> A plain name: not empty, at most 255 bytes in UTF-8, no {@code /}, {@code \},
 * {@code ..} or control characters, not starting with {@code .}, and not a name the inbox watcher leaves
 * alone ({@code .tmp}, {@code .part}, …, {@code .error.txt}). Anything else is refused with 400 before a
 * byte is written.
 *
 * <p><b>Writing.</b> The body is streamed (never held in memory) to a hidden {@code .upload-<uuid>} file
 * in the target folder, which the watcher ignores, forced to disk, then published under its final name
 * with a hard link, which appears atomically and fails when the name exists; the temporary name is removed
 * afterwards. Where the file system has no hard links, a rename that refuses an existing name is used.
 * <b>An existing file is never overwritten: a name already present in the target folder is refused with
 * 409 Conflict</b>, before the body is read when the name is taken already, else when publishing (two
 * uploads of one name at once: one wins). The client may send it under another name, or again once the
 * earlier file has been imported and moved out of the inbox; no suffixed name is made up, so the
 * client always knows the file's name. An empty body is refused with 400. On any refusal or error the temporary file
 * is removed and nothing else is left behind.
 *
 * <p><b>Response.</b> 201 with {@code {"id", "site", "name", "path", "bytes"}}: {@code id} is the import
 * job's id (the one the inbox watcher computes for the same file version, see {@link InboxJobIds}, so the
 * file is never imported twice), {@code site} the site its readings will belong to, {@code path} the
 * file's path relative to the inbox, and a {@code Location} header points at {@code /files/<id>}. If the
 * job cannot be enqueued (database unavailable) the file stays in the inbox and the watcher enqueues it
 * under the same id later.
 */
public final class UploadHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UploadHandler.class);
    /** Prefix of the temporary files; hidden, so {@code InboxWatcher} ignores them. */
    static final String TEMP_PREFIX = ".upload-";
    /** The suffixes {@code InboxWatcher} ignores (writers' names for incomplete files), and its .error.txt. */
    private static final List<String> IGNORED_SUFFIXES = List.of(".tmp", ".part", ".partial", ".filepart",
            ".crdownload", ".download", ".lock", "~", ".error.txt");
    private static final int MAX_NAME_BYTES = 255;
    private static final int MAX_FIELD_BYTES = 1024;

    /** Enqueues the import of a file just put into the inbox, under the given job id. */
    public interface Enqueuer {
        void enqueue(Path file, UUID jobId);
    }

    private final Settings settings;
    private final Path inbox;
    private final byte[] tokenDigest;
    private final JobSystem jobs;
    private final Enqueuer enqueuer;

    /**
     * @param inbox the inbox root as the watcher sees it (absolute, normalised), so job ids match
     */
    public UploadHandler(Settings settings, Path inbox, String token, JobSystem jobs, Enqueuer enqueuer) {
        this.settings = settings;
        this.inbox = inbox.toAbsolutePath().normalize();
        this.tokenDigest = ApiResponses.digest(token);
        this.jobs = jobs;
        this.enqueuer = enqueuer;
    }

    /** A refusal: an HTTP status and the message returned to the client. */
    private static final class Refused extends Exception {
        final int status;

        Refused(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    /** What one request uploads; {@code temp} is removed when the request ends, whatever happened. */
    private static final class Upload {
        String site;
        String name;
        Path folder;
        Path temp;
        long bytes;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        ApiResponses.guarded(exchange, LOG, () -> {
            if (!exchange.getRequestURI().getPath().equals("/upload")) {
                ApiResponses.errorAndClose(exchange, 404, "not found");
                return;
            }
            if (!ApiResponses.requireMethod(exchange, "POST") || !ApiResponses.requireBearer(exchange, tokenDigest)) {
                return;
            }
            Upload upload = new Upload();
            Path file;
            try {
                receive(exchange, upload);
                file = publish(upload);
            } catch (Refused e) {
                deleteTemp(upload); // before answering: a client that got its answer finds nothing left behind
                ApiResponses.errorAndClose(exchange, e.status, e.getMessage());
                return;
            } finally {
                deleteTemp(upload);
            }
            respond(exchange, upload, file);
        });
    }

    private void receive(HttpExchange exchange, Upload upload) throws IOException, Refused {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String contentType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
        if (contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            receiveMultipart(exchange.getRequestBody(), contentType, query, upload);
        } else {
            String name = requirePlainName(query.get("name"));
            String site = query.get("site");
            target(upload, site, name);
            upload.bytes = writeTemp(upload, out -> exchange.getRequestBody().transferTo(out));
        }
        if (upload.bytes == 0) {
            throw new Refused(400, "the file is empty");
        }
    }

    private void receiveMultipart(InputStream body, String contentType, Map<String, String> query, Upload upload)
            throws IOException, Refused {
        String boundary = parameters(contentType).get("boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            throw new Refused(400, "multipart/form-data without a valid boundary");
        }
        MultipartReader parts = new MultipartReader(body, boundary);
        String siteField = null;
        while (parts.next()) {
            Map<String, String> disposition = parameters(parts.header("content-disposition"));
            String field = disposition.get("name");
            if ("site".equals(field)) {
                if (upload.temp != null) {
                    throw new Refused(400, "the site field must come before the file part");
                }
                siteField = parts.readText(MAX_FIELD_BYTES).trim();
            } else if ("file".equals(field)) {
                if (upload.temp != null) {
                    throw new Refused(400, "one file per upload");
                }
                String name = requirePlainName(Optional.ofNullable(query.get("name")).orElseGet(() -> filename(disposition)));
                String site = query.get("site");
                if (siteField != null && site != null && !siteField.equals(site)) {
                    throw new Refused(400, "the site field and the site parameter differ");
                }
                target(upload, siteField != null ? siteField : site, name);
                upload.bytes = writeTemp(upload, parts::copyPart);
            } else {
                parts.skipPart();
            }
        }
        if (upload.temp == null) {
            throw new Refused(400, "multipart/form-data without a 'file' part");
        }
    }

    private static void deleteTemp(Upload upload) throws IOException {
        if (upload.temp != null) {
            Files.deleteIfExists(upload.temp);
            upload.temp = null;
        }
    }

    /** Validates the site and chooses the folder; nothing is created yet. */
    private void target(Upload upload, String site, String name) throws Refused {
        String valid;
        try {
            valid = Identifiers.requireSiteName(site == null || site.isEmpty() ? settings.defaultSite() : site, "site");
        } catch (ConfigException e) {
            throw new Refused(400, e.getMessage());
        }
        String folderName = valid.equals(settings.defaultSite()) ? "" : valid;
        Path folder = folderName.isEmpty() ? inbox : inbox.resolve(folderName);
        Path file;
        try {
            file = folder.resolve(name);
        } catch (InvalidPathException e) {
            throw new Refused(400, "not a valid file name here: " + e.getReason());
        }
        // Defence in depth: the name must denote a file directly in the chosen folder, inside the inbox.
        if (!folder.equals(file.getParent()) || !file.getFileName().toString().equals(name) || !file.startsWith(inbox)) {
            throw new Refused(400, "the file name must be a plain name");
        }
        try {
            upload.site = settings.folder(folderName).site();
        } catch (ConfigException e) {
            throw new Refused(400, "site '" + valid + "' is misconfigured: " + e.getMessage());
        }
        upload.name = name;
        upload.folder = folder;
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw conflict(upload); // early, before the body is read; publish() checks again, atomically
        }
    }

    private interface BodyWriter {
        void writeTo(OutputStream out) throws IOException, Refused;
    }

    /** Streams the body into a new hidden file in the target folder and forces it to disk. */
    private static long writeTemp(Upload upload, BodyWriter body) throws IOException, Refused {
        Files.createDirectories(upload.folder);
        Path temp = upload.folder.resolve(TEMP_PREFIX + UUID.randomUUID());
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            upload.temp = temp;
            body.writeTo(Channels.newOutputStream(channel));
            channel.force(true);
            return channel.size();
        }
    }

    /** Gives the complete temporary file its final name, never replacing an existing file. */
    private static Path publish(Upload upload) throws IOException, Refused {
        Path target = upload.folder.resolve(upload.name);
        try {
            Files.createLink(target, upload.temp);
        } catch (FileAlreadyExistsException e) {
            throw conflict(upload);
        } catch (UnsupportedOperationException | IOException e) {
            // No hard links here (some network file systems): copy, which creates the target exclusively
            // (a rename could replace a file appearing meanwhile); the watcher waits until it is complete.
            try {
                Files.copy(upload.temp, target);
            } catch (FileAlreadyExistsException exists) {
                throw conflict(upload);
            }
        }
        deleteTemp(upload);
        try (FileChannel folder = FileChannel.open(upload.folder, StandardOpenOption.READ)) {
            folder.force(true); // make the new name durable; not possible on every platform
        } catch (IOException | RuntimeException ignored) {
            // the file's content is on disk already; only its name might be lost in a power cut
        }
        return target;
    }

    private static Refused conflict(Upload upload) {
        return new Refused(409, "a file named '" + upload.name + "' is already waiting in the inbox; send it under"
                + " another name, or again once that one has been imported");
    }

    private void respond(HttpExchange exchange, Upload upload, Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        UUID id = InboxJobIds.of(inbox, file, attributes.size(), attributes.lastModifiedTime().toMillis());
        try {
            Optional<UUID> free = jobs.nextFreeJobId(id);
            if (free.isPresent()) {
                enqueuer.enqueue(file, free.get());
                id = free.get();
            }
        } catch (RuntimeException e) {
            LOG.warn("Uploaded {} but cannot enqueue it yet ({}); the inbox watcher will", file, e.getMessage());
        }
        String relative = inbox.relativize(file).toString().replace('\\', '/');
        LOG.info("Upload from {}: {} ({} bytes, site {}), job {}", exchange.getRemoteAddress().getAddress().getHostAddress(),
                relative, upload.bytes, upload.site, id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id.toString());
        body.put("site", upload.site);
        body.put("name", upload.name);
        body.put("path", relative);
        body.put("bytes", upload.bytes);
        exchange.getResponseHeaders().set("Location", "/files/" + id);
        ApiResponses.json(exchange, 201, body);
    }

    /** The name rules of the class documentation; returns the name unchanged. */
    private static String requirePlainName(String name) throws Refused {
        if (name == null || name.isEmpty()) {
            throw new Refused(400, "a file name is required (?name=... or the file part's filename)");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            throw new Refused(400, "the file name is longer than " + MAX_NAME_BYTES + " bytes");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || Character.isISOControl(c)) {
                throw new Refused(400, "the file name must be a plain name, without '/', '\\' or control characters");
            }
        }
        if (name.contains("..")) {
            throw new Refused(400, "the file name must not contain '..'");
        }
        if (name.startsWith(".")) {
            throw new Refused(400, "the file name must not start with '.' (hidden files are not imported)");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String suffix : IGNORED_SUFFIXES) {
            if (lower.endsWith(suffix)) {
                throw new Refused(400, "names ending with '" + suffix + "' are left alone by the inbox watcher");
            }
        }
        return name;
    }

    /** Decoded query parameters; a repeated parameter is refused rather than guessed at. */
    private static Map<String, String> query(String rawQuery) throws Refused {
        Map<String, String> params = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (params.put(key, value) != null) {
                    throw new Refused(400, "query parameter '" + key + "' given twice");
                }
            } catch (IllegalArgumentException e) {
                throw new Refused(400, "malformed query string");
            }
        }
        return params;
    }

    /**
     * Parameters of a header value such as {@code form-data; name="file"; filename="a.dat"} or
     * {@code multipart/form-data; boundary=xyz}: names lower-cased, quoted values unquoted.
     */
    static Map<String, String> parameters(String header) {
        Map<String, String> params = new HashMap<>();
        if (header == null) {
            return params;
        }
        int i = header.indexOf(';');
        while (i >= 0 && i < header.length()) {
            i++; // past ';'
            int eq = header.indexOf('=', i);
            int semi = header.indexOf(';', i);
            if (eq < 0 || (semi >= 0 && semi < eq)) {
                i = semi;
                continue;
            }
            String key = header.substring(i, eq).trim().toLowerCase(Locale.ROOT);
            int j = eq + 1;
            while (j < header.length() && header.charAt(j) == ' ') {
                j++;
            }
            StringBuilder value = new StringBuilder();
            if (j < header.length() && header.charAt(j) == '"') {
                j++;
                while (j < header.length() && header.charAt(j) != '"') {
                    char c = header.charAt(j);
                    if (c == '\\' && j + 1 < header.length()) {
                        c = header.charAt(++j);
                    }
                    value.append(c);
                    j++;
                }
                i = header.indexOf(';', j);
            } else {
                int end = header.indexOf(';', j);
                value.append(header, j, end < 0 ? header.length() : end);
                i = end;
            }
            params.putIfAbsent(key, value.toString().trim());
        }
        return params;
    }

    /** The part's file name: {@code filename*} (RFC 5987) when present, else {@code filename}. */
    private static String filename(Map<String, String> disposition) {
        String extended = disposition.get("filename*");
        if (extended != null) {
            int quote = extended.indexOf("''");
            if (quote > 0) {
                try {
                    Charset charset = Charset.forName(extended.substring(0, quote));
                    return URLDecoder.decode(extended.substring(quote + 2).replace("+", "%2B"), charset);
                } catch (IllegalArgumentException e) {
                    return extended; // refused by the name rules
                }
            }
        }
        return disposition.get("filename");
    }

    /**
     * A streaming reader of a multipart body: parts are read one after the other, each body copied to an
     * output stream as it arrives through a fixed 64 KiB buffer, whatever its size.
     */
    static final class MultipartReader {
        private static final int MAX_HEADER_BYTES = 16 * 1024;
        private final InputStream in;
        private final byte[] delimiter;
        private final byte[] buffer = new byte[64 * 1024];
        private int pos;
        private int limit;
        private boolean eof;
        private boolean started;
        private boolean partPending;
        private boolean finished;
        private Map<String, String> headers = Map.of();

        MultipartReader(InputStream in, String boundary) {
            this.in = in;
            this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
            // A leading CRLF lets the first boundary, at the very start of the body, be found like the others.
            buffer[0] = '\r';
            buffer[1] = '\n';
            limit = 2;
        }

        /** Moves to the next part (skipping what is left of the current one); false after the last one. */
        boolean next() throws IOException, Refused {
            if (finished) {
                return false;
            }
            if (!started || partPending) {
                scan(OutputStream.nullOutputStream(), Long.MAX_VALUE);
                started = true;
            }
            int a = read();
            int b = read();
            if (a == '-' && b == '-') {
                finished = true; // the close delimiter; the epilogue is ignored
                return false;
            }
            while (a == ' ' || a == '\t') { // transport padding
                a = b;
                b = read();
            }
            if (a != '\r' || b != '\n') {
                throw new Refused(400, "malformed multipart body (boundary line)");
            }
            headers = readHeaders();
            partPending = true;
            return true;
        }

        String header(String lowerCaseName) {
            return headers.get(lowerCaseName);
        }

        void copyPart(OutputStream out) throws IOException, Refused {
            scan(out, Long.MAX_VALUE);
            partPending = false;
        }

        void skipPart() throws IOException, Refused {
            copyPart(OutputStream.nullOutputStream());
        }

        String readText(int maxBytes) throws IOException, Refused {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            scan(out, maxBytes);
            partPending = false;
            return out.toString(StandardCharsets.UTF_8);
        }

        private Map<String, String> readHeaders() throws IOException, Refused {
            Map<String, String> result = new HashMap<>();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int total = 0;
            while (true) {
                int c = read();
                if (c < 0) {
                    throw new Refused(400, "malformed multipart body (part headers)");
                }
                if (++total > MAX_HEADER_BYTES) {
                    throw new Refused(400, "multipart part headers too long");
                }
                if (c != '\n') {
                    line.write(c);
                    continue;
                }
                String text = line.toString(StandardCharsets.UTF_8);
                line.reset();
                if (text.endsWith("\r")) {
                    text = text.substring(0, text.length() - 1);
                }
                if (text.isEmpty()) {
                    return result;
                }
                int colon = text.indexOf(':');
                if (colon > 0) {
                    result.putIfAbsent(text.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            text.substring(colon + 1).trim());
                }
            }
        }

        /** Copies everything up to the next delimiter to {@code out} and consumes the delimiter. */
        private void scan(OutputStream out, long maxBytes) throws IOException, Refused {
            long written = 0;
            while (true) {
                int found = indexOfDelimiter();
                // Without a whole delimiter in the buffer, its last bytes may be the start of one: keep them.
                int end = found >= 0 ? found : Math.max(pos, limit - (delimiter.length - 1));
                written += end - pos;
                if (written > maxBytes) {
                    throw new Refused(400, "a multipart field is longer than " + maxBytes + " bytes");
                }
                out.write(buffer, pos, end - pos);
                pos = end;
                if (found >= 0) {
                    pos += delimiter.length;
                    return;
                }
                if (eof) {
                    throw new Refused(400, "the multipart body ended before its closing boundary");
                }
                fill();
            }
        }

        private int indexOfDelimiter() {
            outer:
            for (int i = pos; i <= limit - delimiter.length; i++) {
                for (int j = 0; j < delimiter.length; j++) {
                    if (buffer[i + j] != delimiter[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        private int read() throws IOException {
            while (pos == limit) {
                if (eof) {
                    return -1;
                }
                fill();
            }
            return buffer[pos++] & 0xff;
        }

        private void fill() throws IOException {
            System.arraycopy(buffer, pos, buffer, 0, limit - pos);
            limit -= pos;
            pos = 0;
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
    }
}

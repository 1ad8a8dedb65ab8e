package io.loggerflow.worker.web;

import com.sun.net.httpserver.HttpExchange;
import io.loggerflow.worker.watch.InboxImports;
import io.loggerflow.worker.watch.InboxJobIds;
import io.loggerflow.worker.watch.InboxPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * {@code POST /upload?name=<file name>&site=<site>} with the file as the raw body ({@code site} optional):
 * puts the file into the inbox and enqueues its import right away.
 *
 * <p>The request is read by {@link UploadRequests} (site, name rules, target folder; 400, or 415 for a
 * multipart body), the file published by {@link InboxPublisher} (atomically, never over an existing file:
 * 409 Conflict; an empty body: 400) and its import enqueued by {@link InboxImports}, as the watcher would.
 *
 * <p><b>Response.</b> 201 with {@code {"id", "site", "name", "path", "bytes"}}: {@code id} is the import
 * job's id (the one the inbox watcher computes for the same file version, see {@link InboxJobIds}, so the
 * file is never imported twice), {@code site} the site its readings will belong to, {@code path} the
 * file's path relative to the inbox, and a {@code Location} header points at {@code /files/<id>}. If the
 * job cannot be enqueued (database unavailable) the file stays in the inbox and the watcher enqueues it
 * under the same id later.
 */
final class UploadHandler implements BearerRoute.Endpoint {
    private static final Logger LOG = LoggerFactory.getLogger(UploadHandler.class);

    private final UploadRequests requests;
    private final InboxImports imports;

    UploadHandler(UploadRequests requests, InboxImports imports) {
        this.requests = requests;
        this.imports = imports;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException, Refused {
        UploadTarget target = requests.target(exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders().getFirst("Content-Type"));
        InboxPublisher.Published published;
        try {
            published = InboxPublisher.publish(target.folder(), target.name(), exchange.getRequestBody());
        } catch (InboxPublisher.NameTakenException e) {
            throw new Refused(409, "a file named '" + target.name() + "' is already waiting in the inbox; send it"
                    + " under another name, or again once that one has been imported");
        } catch (InboxPublisher.EmptyContentException e) {
            throw new Refused(400, "the file is empty");
        }
        UUID id = enqueue(published);
        String relative = imports.inbox().relativize(published.file()).toString().replace('\\', '/');
        LOG.info("Upload from {}: {} ({} bytes, site {}), job {}", exchange.getRemoteAddress().getAddress().getHostAddress(),
                relative, published.bytes(), target.site(), id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id.toString());
        body.put("site", target.site());
        body.put("name", target.name());
        body.put("path", relative);
        body.put("bytes", published.bytes());
        exchange.getResponseHeaders().set("Location", "/files/" + id);
        ApiResponses.json(exchange, 201, body);
    }

    /** The job's id: the one enqueued now, else the one of the version's job already waiting. */
    private UUID enqueue(InboxPublisher.Published published) throws IOException {
        UUID versionId = imports.versionId(published.file());
        try {
            return imports.enqueue(published.file(), versionId).orElse(versionId);
        } catch (RuntimeException e) {
            LOG.warn("Uploaded {} but cannot enqueue it yet ({}); the inbox watcher will", published.file(),
                    e.getMessage());
            return versionId;
        }
    }
}

package io.loggerflow.worker.web;

import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.jobs.JobSystem;
import io.loggerflow.worker.watch.InboxImports;
import io.loggerflow.worker.watch.InboxLayout;

import javax.sql.DataSource;

/** The upload API's routes, behind one bearer token: {@code POST /upload} and {@code GET /files/{id}}. */
public final class UploadApi {
    private UploadApi() {
    }

    public static void route(HttpApiServer server, Settings settings, InboxImports imports, JobSystem jobs,
                             DataSource dataSource) {
        byte[] token = ApiResponses.digest(settings.uploadToken());
        UploadRequests requests = new UploadRequests(new InboxLayout(settings), settings.defaultSite());
        server.route(UploadRequests.PATH, new BearerRoute("POST", token, new UploadHandler(requests, imports)));
        server.route("/files/", new BearerRoute("GET", token, new FileStatusHandler(jobs, dataSource)));
    }
}

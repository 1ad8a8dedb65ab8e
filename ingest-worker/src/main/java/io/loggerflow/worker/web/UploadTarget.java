package io.loggerflow.worker.web;

import java.nio.file.Path;

/**
 * Where an upload goes, decided before a byte of its body is read.
 *
 * @param site   the site its readings will belong to (the target folder's {@code site} setting)
 * @param name   the file's name, a plain one
 * @param folder the inbox folder it is put into
 */
record UploadTarget(String site, String name, Path folder) {
}

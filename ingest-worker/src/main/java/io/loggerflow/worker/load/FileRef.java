package io.loggerflow.worker.load;

import io.loggerflow.parsers.InputSource;

import java.nio.file.Path;

/**
 * A file to import as recorded in {@code files}: where to read it, the path and name to record, the name
 * used in error messages, and the archive it came from. An archive member is recorded as
 * {@code /inbox/archive.zip!/member.dat} and named {@code archive.zip!/member.dat} in messages; one table of a
 * file of several as {@code /inbox/file.dat#table=110}, named {@code file.dat#table=110}.
 */
record FileRef(Path readFrom, String recordedPath, String name, String displayName, Long parentId) {

    static FileRef of(Path path) {
        String name = path.getFileName().toString();
        return new FileRef(path, path.toString(), name, name, null);
    }

    static FileRef member(Path extracted, Path archive, String entryPath, long archiveId) {
        String name = entryPath.substring(entryPath.lastIndexOf('/') + 1);
        return new FileRef(extracted, archive + "!/" + entryPath, name,
                archive.getFileName() + "!/" + entryPath, archiveId);
    }

    /** One table of this file, recorded under the file's own row. */
    FileRef table(String tableId, long fileId) {
        String suffix = "#table=" + tableId;
        return new FileRef(readFrom, recordedPath + suffix, name, displayName + suffix, fileId);
    }

    InputSource source() {
        return InputSource.of(readFrom, displayName);
    }
}

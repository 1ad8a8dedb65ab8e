package io.loggerflow.worker.unpack;

import io.loggerflow.parsers.InputFormatException;
import net.lingala.zip4j.ZipFile;
import net.lingala.zip4j.exception.ZipException;
import net.lingala.zip4j.model.FileHeader;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Extracts an archive (zip, 7z, tar, gz/bz2/xz, tar.gz/.bz2/.xz, nested up to a depth) into a work
 * folder, streaming every member to disk. Anything wrong with the archive itself is an
 * {@link InputFormatException} (deterministic: the archive is quarantined); a failure to write the work
 * folder is an {@link IOException} (transient: the job is retried).
 */
public final class Unpacker {
    private final ArchiveLimits limits;

    public Unpacker(ArchiveLimits limits) {
        this.limits = limits;
    }

    /** Tracks what one top-level archive has expanded to so far. */
    private final class Budget {
        private final String archiveName;
        private final long archiveSize;
        private long expanded;
        private int entries;
        /** The entries seen as named, and the names they are extracted under. */
        private final java.util.Set<String> entryNames = new java.util.HashSet<>();
        private final PortableNames diskNames = new PortableNames();

        Budget(String archiveName, long archiveSize) {
            this.archiveName = archiveName;
            this.archiveSize = Math.max(archiveSize, 1);
        }

        void entry(String entryPath) {
            if (++entries > limits.maxEntries()) {
                throw refused("more than " + limits.maxEntries() + " entries (at " + entryPath + ")");
            }
        }

        void add(long bytes, String entryPath) {
            expanded += bytes;
            if (expanded > limits.maxExpandedBytes()) {
                throw refused("expands to more than " + limits.maxExpandedBytes() + " bytes (at " + entryPath
                        + "): refused as a possible zip bomb");
            }
            if (expanded > ArchiveLimits.RATIO_GRACE_BYTES && expanded / archiveSize > limits.maxRatio()) {
                throw refused("expands more than " + limits.maxRatio() + " times its size of " + archiveSize
                        + " bytes (at " + entryPath + "): refused as a possible zip bomb");
            }
        }

        InputFormatException refused(String reason) {
            return new InputFormatException(archiveName, 0, null, reason);
        }
    }

    /**
     * @param kind     what {@link ArchiveFormat#detect} found
     * @param password the site's archive password, if one is configured
     * @return every extracted regular file, in archive order; nested archives are replaced by their members
     */
    public List<ArchiveMember> unpack(Path archive, String kind, Path targetDir, Optional<char[]> password)
            throws IOException {
        Budget budget = new Budget(archive.getFileName().toString(), Files.size(archive));
        List<ArchiveMember> members = new ArrayList<>();
        unpack(archive, kind, targetDir, "", 0, password, budget, members);
        return members;
    }

    private void unpack(Path archive, String kind, Path targetDir, String prefix, int depth, Optional<char[]> password,
                        Budget budget, List<ArchiveMember> members) throws IOException {
        Files.createDirectories(targetDir);
        List<ArchiveMember> extracted = switch (kind) {
            case ArchiveFormat.ZIP -> unzip(archive, targetDir, prefix, password, budget);
            case ArchiveFormat.SEVEN_Z -> un7z(archive, targetDir, prefix, password, budget);
            default -> unstream(archive, kind, targetDir, prefix, budget);
        };
        for (ArchiveMember member : extracted) {
            if (isSystemClutter(member.entryPath())) {
                continue; // .DS_Store, __MACOSX/._x, .gitattributes: not logger data (the inbox skips them too)
            }
            Optional<String> nested = ArchiveFormat.detect(member.file());
            if (nested.isEmpty()) {
                members.add(member);
            } else if (depth + 1 >= limits.maxDepth()) {
                throw budget.refused("archives nested deeper than " + limits.maxDepth() + " levels (at "
                        + member.entryPath() + ")");
            } else {
                Path nestedDir = member.file().resolveSibling(member.file().getFileName() + ".d");
                unpack(member.file(), nested.get(), nestedDir, member.entryPath() + "!/", depth + 1, password, budget,
                        members);
            }
        }
    }

    private static boolean isSystemClutter(String entryPath) {
        String name = entryPath.substring(entryPath.lastIndexOf('/') + 1);
        return name.startsWith(".") || entryPath.contains("__MACOSX/");
    }

    private List<ArchiveMember> unzip(Path archive, Path targetDir, String prefix, Optional<char[]> password,
                                      Budget budget) throws IOException {
        List<ArchiveMember> members = new ArrayList<>();
        try (ZipFile zip = new ZipFile(archive.toFile(), password.orElse(null))) {
            List<FileHeader> headers;
            try {
                headers = zip.getFileHeaders();
            } catch (ZipException e) {
                throw budget.refused("corrupt or truncated zip: " + e.getMessage());
            }
            for (FileHeader header : headers) {
                if (header.isDirectory()) {
                    continue;
                }
                String entryName = PortableNames.entryName(header.getFileName());
                String entry = prefix + entryName;
                budget.entry(entry);
                if (header.isEncrypted() && password.isEmpty()) {
                    throw budget.refused("entry " + entry + " is encrypted and no archive password is configured "
                            + "for this site");
                }
                Path target = safeTarget(targetDir, entryName, entry, budget);
                try (InputStream in = openZipEntry(zip, header, entry, budget)) {
                    extract(in, target, entry, budget);
                }
                members.add(new ArchiveMember(target, entry));
            }
        }
        return members;
    }

    private static InputStream openZipEntry(ZipFile zip, FileHeader header, String entry, Budget budget) {
        try {
            return zip.getInputStream(header);
        } catch (ZipException e) {
            if (e.getType() == ZipException.Type.WRONG_PASSWORD) {
                throw budget.refused("entry " + entry + ": wrong archive password");
            }
            throw budget.refused("corrupt or truncated zip at " + entry + ": " + e.getMessage());
        } catch (IOException e) {
            throw budget.refused("corrupt or truncated zip at " + entry + ": " + e.getMessage());
        }
    }

    private List<ArchiveMember> un7z(Path archive, Path targetDir, String prefix, Optional<char[]> password,
                                     Budget budget) throws IOException {
        List<ArchiveMember> members = new ArrayList<>();
        SevenZFile.Builder builder = SevenZFile.builder().setPath(archive);
        password.ifPresent(builder::setPassword);
        SevenZFile sevenZ;
        try {
            sevenZ = builder.get();
        } catch (org.apache.commons.compress.PasswordRequiredException e) {
            throw budget.refused("the 7z archive is encrypted and no archive password is configured for this site");
        } catch (IOException e) {
            throw budget.refused("corrupt or truncated 7z: " + e.getMessage());
        }
        try (sevenZ) {
            for (SevenZArchiveEntry entry = next7z(sevenZ, budget); entry != null; entry = next7z(sevenZ, budget)) {
                if (entry.isDirectory() || entry.isAntiItem()) {
                    continue;
                }
                String entryName = PortableNames.entryName(entry.getName());
                String name = prefix + entryName;
                budget.entry(name);
                Path target = safeTarget(targetDir, entryName, name, budget);
                extract(sevenZ.getInputStream(entry), target, name, budget);
                members.add(new ArchiveMember(target, name));
            }
        }
        return members;
    }

    private static SevenZArchiveEntry next7z(SevenZFile sevenZ, Budget budget) {
        try {
            return sevenZ.getNextEntry();
        } catch (org.apache.commons.compress.PasswordRequiredException e) {
            throw budget.refused("the 7z archive is encrypted and no archive password is configured for this site");
        } catch (IOException e) {
            throw budget.refused("corrupt or truncated 7z: " + e.getMessage());
        }
    }

    /** tar, and gz / bz2 / xz around a tar or around a single file. */
    private List<ArchiveMember> unstream(Path archive, String kind, Path targetDir, String prefix, Budget budget)
            throws IOException {
        List<ArchiveMember> members = new ArrayList<>();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive), 64 * 1024)) {
            InputStream content = new BufferedInputStream(decompress(raw, kind, budget), 64 * 1024);
            boolean tar = kind.equals(ArchiveFormat.TAR)
                    || ArchiveFormat.detect(content).filter(ArchiveFormat.TAR::equals).isPresent();
            if (!tar) {
                String name = withoutCompressionSuffix(archive.getFileName().toString(), kind);
                String entry = prefix + name;
                budget.entry(entry);
                Path target = safeTarget(targetDir, name, entry, budget);
                extract(content, target, entry, budget);
                members.add(new ArchiveMember(target, entry));
                return members;
            }
            TarArchiveInputStream tarIn = new TarArchiveInputStream(content);
            for (TarArchiveEntry entry = nextTar(tarIn, budget); entry != null; entry = nextTar(tarIn, budget)) {
                if (!entry.isFile()) {
                    continue; // directories, links and devices carry no logger data
                }
                String entryName = PortableNames.entryName(entry.getName());
                String name = prefix + entryName;
                budget.entry(name);
                Path target = safeTarget(targetDir, entryName, name, budget);
                extract(tarIn, target, name, budget);
                members.add(new ArchiveMember(target, name));
            }
        }
        return members;
    }

    private static InputStream decompress(InputStream raw, String kind, Budget budget) {
        try {
            return switch (kind) {
                case "gz" -> new GzipCompressorInputStream(raw, true);
                case "bz2" -> new BZip2CompressorInputStream(raw, true);
                case "xz" -> new XZCompressorInputStream(raw, true);
                default -> raw;
            };
        } catch (IOException e) {
            throw budget.refused("corrupt " + kind + " stream: " + e.getMessage());
        }
    }

    private static TarArchiveEntry nextTar(TarArchiveInputStream tar, Budget budget) {
        try {
            return tar.getNextEntry();
        } catch (IOException e) {
            throw budget.refused("corrupt or truncated tar: " + e.getMessage());
        }
    }

    private static String withoutCompressionSuffix(String name, String kind) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String suffix : List.of(".gz", ".gzip", ".bz2", ".xz")) {
            if (lower.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name + "." + kind + "-content";
    }

    /**
     * The extraction target, refusing names that would escape the folder (zip-slip) and names the archive
     * holds twice; a name Windows cannot hold, or one differing from another only in case, is extracted under a
     * portable one ({@link PortableNames}) while the member keeps its name in the archive.
     */
    private static Path safeTarget(Path dir, String entryName, String entryPath, Budget budget) throws IOException {
        Path target = dir.resolve(budget.diskNames.diskPath(dir.toString(), entryName)).normalize();
        if (entryName.startsWith("/") || !target.startsWith(dir.normalize()) || target.equals(dir.normalize())) {
            throw budget.refused("entry '" + entryPath + "' would be written outside the extraction folder "
                    + "(path traversal / zip-slip)");
        }
        if (!budget.entryNames.add(dir + "!/" + entryName)) {
            throw budget.refused("entry '" + entryPath + "' appears twice in the archive");
        }
        if (Files.exists(target)) {
            throw budget.refused("entry '" + entryPath + "' appears twice in the archive");
        }
        try {
            Files.createDirectories(target.getParent());
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw budget.refused("entry '" + entryPath + "' needs a folder where the archive already has a file");
        } catch (java.nio.file.FileSystemException e) {
            throw refusedName(entryPath, e, budget);
        }
        return target;
    }

    /** Entry names the file system cannot hold (too long, reserved) are the archive's problem, not a retry's. */
    private static InputFormatException refusedName(String entryPath, java.nio.file.FileSystemException e, Budget budget) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            throw new java.io.UncheckedIOException(e); // the work folder's permissions: a setup problem
        }
        return budget.refused("entry '" + entryPath + "' cannot be extracted: " + e.getReason());
    }

    /** Streams one member to disk within the budget; read errors are the archive's fault, write errors are not. */
    private static void extract(InputStream in, Path target, String entryPath, Budget budget) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        OutputStream opened;
        try {
            opened = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw budget.refused("entry '" + entryPath + "' appears twice in the archive");
        } catch (java.nio.file.FileSystemException e) {
            throw refusedName(entryPath, e, budget);
        }
        try (OutputStream out = opened) {
            while (true) {
                int n;
                try {
                    n = in.read(buffer);
                } catch (ZipException e) {
                    if (e.getType() == ZipException.Type.WRONG_PASSWORD) {
                        throw budget.refused("entry " + entryPath + ": wrong archive password");
                    }
                    throw budget.refused("cannot read entry " + entryPath + ": " + e.getMessage());
                } catch (org.apache.commons.compress.PasswordRequiredException e) {
                    throw budget.refused("entry " + entryPath + " is encrypted and no archive password is configured "
                            + "for this site");
                } catch (IOException e) {
                    throw budget.refused("cannot read entry " + entryPath + " (corrupt or truncated archive): "
                            + e.getMessage());
                }
                if (n < 0) {
                    return;
                }
                budget.add(n, entryPath);
                out.write(buffer, 0, n);
            }
        }
    }
}

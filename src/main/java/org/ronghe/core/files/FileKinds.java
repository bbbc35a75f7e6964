package org.ronghe.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Recognises a file's kind from its bytes: PDF, PNG and JPEG by their headers, Word and Excel documents by the parts
 * listed in their ZIP directory. Only the directory is read, nothing is inflated, so a zip bomb costs nothing here (the
 * spreadsheet reader has its own guard).
 */
final class FileKinds {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes();
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final int MAX_ENTRIES = 10_000;

    private FileKinds() {}

    static Optional<FileKind> detect(Path file) throws IOException {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (startsWith(head, read, PDF_MAGIC)) {
            return Optional.of(FileKind.PDF);
        }
        if (startsWith(head, read, ZIP_MAGIC)) {
            return officeKind(file);
        }
        if (startsWith(head, read, PNG_MAGIC)) {
            return Optional.of(FileKind.PNG);
        }
        if (startsWith(head, read, JPEG_MAGIC)) {
            return Optional.of(FileKind.JPEG);
        }
        return Optional.empty();
    }

    private static Optional<FileKind> officeKind(Path file) {
        Set<String> names = new HashSet<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                return Optional.empty();
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                names.add(entries.nextElement().getName());
            }
        } catch (ZipException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(FileKind.DOCX);
        }
        return names.contains("xl/workbook.xml") ? Optional.of(FileKind.XLSX) : Optional.empty();
    }

    private static boolean startsWith(byte[] head, int read, byte[] magic) {
        if (read < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}

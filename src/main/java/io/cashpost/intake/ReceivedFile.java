package io.cashpost.intake;

import java.nio.file.Path;

/**
 * A file registered for processing.
 *
 * @param fileId its id
 * @param fileName its name as received
 * @param sha256 the hash of its bytes, which makes it unique
 * @param archived the unchanged copy in the archive, which is what gets read
 */
public record ReceivedFile(long fileId, String fileName, String sha256, Path archived) {

}

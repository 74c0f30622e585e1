package org.mpjgrader.submission;

/** The submission cannot be read at all (not a folder or zip, unsafe or oversized zip). */
public class SubmissionException extends RuntimeException {
    public SubmissionException(String message) {
        super(message);
    }
}

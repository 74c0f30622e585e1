package org.mpjgrader.grading;

/** The expected output of a run cannot be had: a fault of the grading set-up, never of the submission. */
public class ReferenceUnavailableException extends RuntimeException {
    public ReferenceUnavailableException(String message) {
        super(message);
    }
}

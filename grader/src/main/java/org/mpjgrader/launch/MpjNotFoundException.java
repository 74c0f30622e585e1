package org.mpjgrader.launch;

/** MPJ Express is missing or unusable on this machine: a fault of the machine, not of a submission. */
public class MpjNotFoundException extends RuntimeException {
    public MpjNotFoundException(String message) {
        super(message);
    }
}

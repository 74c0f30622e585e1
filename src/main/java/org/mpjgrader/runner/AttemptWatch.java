package org.mpjgrader.runner;

import java.io.FileDescriptor;
import java.net.InetAddress;
import java.security.Permission;
import java.util.Optional;

/**
 * Sees what the program tries, through the one place where the JDK asks before it opens a file, connects a socket,
 * starts a process or ends the JVM: a {@link SecurityManager}'s checks. It never refuses anything (the sandbox
 * does that; the program runs as it would without it) except being replaced. An attempt counts only when the first
 * caller outside the JDK is the program's own code ({@link ProgramClassLoader#isProgramClass}), not MPJ Express's
 * or the runner's, and goes to the run's {@link Attempts}. Why this and not JFR's file and socket events: they
 * record only operations that succeeded (in the sandbox, reading {@code ../solutions} fails: there is nothing to
 * read), and JDK 17 has no event for a connection. The checks the runner does not need do nothing, cheaply.
 */
@SuppressWarnings("removal")
final class AttemptWatch extends SecurityManager {
    private static final StackWalker STACK = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static final ClassLoader PLATFORM = ClassLoader.getPlatformClassLoader();

    private final ThreadLocal<Boolean> watching = new ThreadLocal<>();

    private AttemptWatch() {
    }

    /**
     * Installs the watch for the JVM's lifetime, or says why not (a JDK without a security manager: attempts are
     * then not recorded, and the grader is told so).
     */
    static String install() {
        // Every class the checks use is loaded before they watch: loading one reads a file, which is checked.
        Attempts.Kind.values();
        Attempts.resultFile("warm-up");
        ProgramClassLoader.isProgramClass(AttemptWatch.class);
        programSite();
        halting();
        try {
            System.setSecurityManager(new AttemptWatch());
            return "";
        } catch (UnsupportedOperationException | SecurityException e) {
            return String.valueOf(e.getMessage());
        }
    }

    @Override
    public void checkPermission(Permission permission) {
        if (permission instanceof RuntimePermission && "setSecurityManager".equals(permission.getName())
            && attempt(Attempts.Kind.GRADER_CODE, "System.setSecurityManager")) {
            throw new SecurityException("the grader watches this run");
        }
    }

    @Override
    public void checkPermission(Permission permission, Object context) {
        checkPermission(permission);
    }

    @Override
    public void checkRead(String file) {
        attempt(Attempts.Kind.READ, file);
    }

    @Override
    public void checkRead(String file, Object context) {
        checkRead(file);
    }

    @Override
    public void checkWrite(String file) {
        attempt(Attempts.Kind.WRITE, file);
    }

    @Override
    public void checkDelete(String file) {
        checkWrite(file);
    }

    @Override
    public void checkConnect(String host, int port) {
        attempt(Attempts.Kind.NETWORK, port < 0 ? host + " (name lookup)" : host + ":" + port);
    }

    @Override
    public void checkConnect(String host, int port, Object context) {
        checkConnect(host, port);
    }

    @Override
    public void checkListen(int port) {
        attempt(Attempts.Kind.NETWORK, "listening on port " + port);
    }

    @Override
    public void checkMulticast(InetAddress address) {
        attempt(Attempts.Kind.NETWORK, address.getHostAddress() + " (multicast)");
    }

    @Override
    public void checkExec(String command) {
        attempt(Attempts.Kind.PROCESS, command);
    }

    @Override
    public void checkExit(int status) {
        attempt(Attempts.Kind.EXIT, Integer.toString(status));
    }

    // What the runner does not watch: nothing to check, and nothing to allocate on a hot path.

    @Override
    public void checkRead(FileDescriptor descriptor) {
    }

    @Override
    public void checkWrite(FileDescriptor descriptor) {
    }

    @Override
    public void checkAccept(String host, int port) {
    }

    @Override
    public void checkPropertiesAccess() {
    }

    @Override
    public void checkPropertyAccess(String key) {
    }

    @Override
    public void checkPackageAccess(String pkg) {
    }

    @Override
    public void checkAccess(Thread thread) {
    }

    @Override
    public void checkAccess(ThreadGroup group) {
    }

    @Override
    public void checkLink(String library) {
    }

    @Override
    public void checkCreateClassLoader() {
    }

    @Override
    public void checkSecurityAccess(String target) {
    }

    /**
     * Records the attempt where a rank's own code made it; true when it did. Whatever the recording itself does (the
     * first use of a class loads it, which reads a file) is not watched: a check inside a check returns at once.
     */
    private boolean attempt(Attempts.Kind kind, String detail) {
        if (watching.get() != null) {
            return false;
        }
        watching.set(Boolean.TRUE);
        try {
            Attempts attempts = Attempts.current();
            if (attempts == null) {
                return false;
            }
            int rank = attempts.rankOfCaller();
            if (rank == RankTable.NO_RANK) {
                return false;
            }
            Attempts.Kind what = kind;
            String told = detail;
            switch (kind) {
                case READ -> {
                    if (attempts.readable(detail)) {
                        return false;
                    }
                }
                case WRITE -> {
                    if (attempts.writable(detail)) {
                        if (!Attempts.resultFile(detail)) {
                            return false;
                        }
                        what = Attempts.Kind.RESULT_FILE;
                    }
                }
                case EXIT -> told = (halting() ? "Runtime.halt(" : "System.exit(") + detail + ")";
                default -> { }
            }
            Optional<String> site = programSite();
            if (site.isPresent()) {
                attempts.tried(rank, what, told, site.get());
            }
            return site.isPresent();
        } finally {
            watching.remove();
        }
    }

    private static boolean halting() {
        return STACK.walk(frames -> frames.anyMatch(f -> f.getClassName().equals("java.lang.Runtime")
            && f.getMethodName().equals("halt")));
    }

    /** {@code HelloWorld.java:13}: the program's line that made the call, when the first caller beyond the JDK is the program. */
    private static Optional<String> programSite() {
        return STACK.walk(frames -> frames
            .dropWhile(f -> f.getDeclaringClass() == AttemptWatch.class || isJdk(f.getDeclaringClass()))
            .findFirst()
            .filter(f -> ProgramClassLoader.isProgramClass(f.getDeclaringClass()))
            .map(f -> (f.getFileName() == null ? f.getClassName() : f.getFileName()) + ":" + f.getLineNumber()));
    }

    private static boolean isJdk(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        return loader == null || loader == PLATFORM;
    }
}

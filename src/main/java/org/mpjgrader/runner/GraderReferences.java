package org.mpjgrader.runner;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The grader's classes a program's class uses in its code ({@code org.mpjgrader...}: the runner's hooks are public,
 * since the woven code and MPJ's call them), each with the first line that does, read from the class as compiled,
 * before any weaving adds the runner's own calls. Most classes never name the package: a look at the bytes first.
 */
final class GraderReferences {
    static final String PACKAGE = "org/mpjgrader/";
    private static final byte[] NEEDLE = PACKAGE.getBytes(StandardCharsets.US_ASCII);

    /** A grader's class and the program's line that uses it ({@code Hack.java:12}). */
    record Reference(String className, String site) {
    }

    private GraderReferences() {
    }

    static List<Reference> in(byte[] code) {
        if (!mentions(code)) {
            return List.of();
        }
        Map<String, String> found = new LinkedHashMap<>();
        try {
            ClassReader reader = new ClassReader(code);
            reader.accept(new ClassVisitor(Opcodes.ASM9) {
                private String source = reader.getClassName();

                @Override
                public void visitSource(String file, String debug) {
                    if (file != null) {
                        source = file;
                    }
                }

                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    return new MethodVisitor(Opcodes.ASM9) {
                        private int line;

                        @Override
                        public void visitLineNumber(int number, Label start) {
                            line = number;
                        }

                        @Override
                        public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean itf) {
                            note(owner);
                        }

                        @Override
                        public void visitFieldInsn(int opcode, String owner, String field, String desc) {
                            note(owner);
                        }

                        @Override
                        public void visitTypeInsn(int opcode, String type) {
                            note(type);
                        }

                        @Override
                        public void visitLdcInsn(Object value) {
                            if (value instanceof Type type && type.getSort() == Type.OBJECT) {
                                note(type.getInternalName());
                            } else if (value instanceof String text && text.startsWith("org.mpjgrader.")) {
                                found.putIfAbsent(text, source + ":" + line); // Class.forName("org.mpjgrader...")
                            }
                        }

                        private void note(String internalName) {
                            if (internalName.startsWith(PACKAGE)) {
                                found.putIfAbsent(internalName.replace('/', '.'), source + ":" + line);
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_FRAMES);
        } catch (RuntimeException malformed) {
            return List.of();
        }
        List<Reference> references = new ArrayList<>();
        found.forEach((name, site) -> references.add(new Reference(name, site)));
        return references;
    }

    private static boolean mentions(byte[] code) {
        outer:
        for (int i = 0; i + NEEDLE.length <= code.length; i++) {
            for (int j = 0; j < NEEDLE.length; j++) {
                if (code[i + j] != NEEDLE[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}

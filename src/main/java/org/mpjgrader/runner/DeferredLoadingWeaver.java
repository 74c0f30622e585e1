package org.mpjgrader.runner;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Rewrites MPJ Express's classes so that verifying them loads fewer classes: every rank of every run defines MPJ's
 * classes afresh, and the JVM's verifier loads each class a method returns or stores in a field to check that it
 * is assignable to the type declared there. {@code mpi.SumWorker.getWorker} alone would load all seven typed
 * {@code Sum} classes, most of which no program uses. A {@code checkcast} to the declared type just before the
 * {@code areturn} or the {@code putfield}/{@code putstatic} leaves the verifier nothing to load there; the class
 * loads when the code runs, as any class does. The casts cannot fail: the classes are compiled Java, whose values
 * are assignable where they go; and a {@code null} passes a cast without its type being loaded (JVMS, checkcast).
 */
final class DeferredLoadingWeaver {
    private static final String OBJECT = "java/lang/Object";

    private DeferredLoadingWeaver() {
    }

    /** The class file with the casts; a class file older than Java 6 (verified by inference, not by types) as is. */
    static byte[] weave(byte[] code) {
        ClassReader reader = new ClassReader(code);
        if (reader.readUnsignedShort(6) < Opcodes.V1_6) {
            return code;
        }
        // No frames to compute: a cast adds no branch, and the value it leaves is the type the frames already expect.
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                return new CastingMethod(super.visitMethod(access, name, descriptor, signature, exceptions),
                    castTo(Type.getReturnType(descriptor)));
            }
        }, 0);
        return writer.toByteArray();
    }

    /** The internal name to cast a value of {@code type} to, or null where nothing can be loaded for it. */
    private static String castTo(Type type) {
        return type.getSort() == Type.OBJECT && !type.getInternalName().equals(OBJECT) ? type.getInternalName() : null;
    }

    /** One method: casts before its object returns and its stores into fields. */
    private static final class CastingMethod extends MethodVisitor {
        private final String returned;

        CastingMethod(MethodVisitor method, String returned) {
            super(Opcodes.ASM9, method);
            this.returned = returned;
        }

        @Override
        public void visitInsn(int opcode) {
            if (opcode == Opcodes.ARETURN && returned != null) {
                super.visitTypeInsn(Opcodes.CHECKCAST, returned);
            }
            super.visitInsn(opcode);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            String declared = opcode == Opcodes.PUTFIELD || opcode == Opcodes.PUTSTATIC
                ? castTo(Type.getType(descriptor)) : null;
            if (declared != null) {
                super.visitTypeInsn(Opcodes.CHECKCAST, declared);
            }
            super.visitFieldInsn(opcode, owner, name, descriptor);
        }
    }
}

package org.mpjgrader.runner;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
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
 * are assignable where they go. A {@code null} is not cast (the cast would be the only use of its type).
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
        private boolean lastPushedNull;

        CastingMethod(MethodVisitor method, String returned) {
            super(Opcodes.ASM9, method);
            this.returned = returned;
        }

        @Override
        public void visitInsn(int opcode) {
            if (opcode == Opcodes.ARETURN) {
                cast(returned);
            }
            super.visitInsn(opcode);
            lastPushedNull = opcode == Opcodes.ACONST_NULL;
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            if (opcode == Opcodes.PUTFIELD || opcode == Opcodes.PUTSTATIC) {
                cast(castTo(Type.getType(descriptor)));
            }
            super.visitFieldInsn(opcode, owner, name, descriptor);
            lastPushedNull = false;
        }

        private void cast(String type) {
            if (type != null && !lastPushedNull) {
                super.visitTypeInsn(Opcodes.CHECKCAST, type);
            }
        }

        // Any other instruction pushes something else than the null constant.

        @Override
        public void visitIntInsn(int opcode, int operand) {
            super.visitIntInsn(opcode, operand);
            lastPushedNull = false;
        }

        @Override
        public void visitVarInsn(int opcode, int varIndex) {
            super.visitVarInsn(opcode, varIndex);
            lastPushedNull = false;
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            super.visitTypeInsn(opcode, type);
            lastPushedNull = false;
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            lastPushedNull = false;
        }

        @Override
        public void visitLdcInsn(Object value) {
            super.visitLdcInsn(value);
            lastPushedNull = false;
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
            lastPushedNull = false;
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            super.visitJumpInsn(opcode, label);
            lastPushedNull = false;
        }

        @Override
        public void visitLabel(Label label) {
            // A jump may land here with another value on the stack.
            super.visitLabel(label);
            lastPushedNull = false;
        }

        @Override
        public void visitIincInsn(int varIndex, int increment) {
            super.visitIincInsn(varIndex, increment);
            lastPushedNull = false;
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label fallback, Label... labels) {
            super.visitTableSwitchInsn(min, max, fallback, labels);
            lastPushedNull = false;
        }

        @Override
        public void visitLookupSwitchInsn(Label fallback, int[] keys, Label[] labels) {
            super.visitLookupSwitchInsn(fallback, keys, labels);
            lastPushedNull = false;
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
            super.visitMultiANewArrayInsn(descriptor, dimensions);
            lastPushedNull = false;
        }
    }
}

package org.mpjgrader.runner;

import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Rewrites MPJ's {@code mpi.Comm} and {@code mpi.Intracomm} so that each communication method tells
 * {@link MpiCallHook} when it is entered (with its arguments) and when it returns (with its result): the run's MPI
 * calls are recorded without touching the student's code. Only code at the methods' entry and before their returns
 * is added, and it leaves the stack as it found it, so the classes' stack map frames stay valid.
 */
final class MpiCallWeaver {
    /** The classes woven, as jar entries. */
    static final Set<String> WOVEN = Set.of("mpi/Comm.class", "mpi/Intracomm.class");
    /** The public methods that communicate (blocking or not); {@code Size}, {@code Rank} and the like are not. */
    static final Set<String> TRACED = Set.of(
        "Send", "Ssend", "Bsend", "Rsend", "Isend", "Ibsend", "Issend", "Irsend", "Recv", "Irecv",
        "Sendrecv", "Sendrecv_replace", "Probe", "Iprobe",
        "Barrier", "Bcast", "Reduce", "Allreduce", "Scan", "Reduce_scatter",
        "Gather", "Gatherv", "Scatter", "Scatterv", "Allgather", "Allgatherv", "Alltoall", "Alltoallv");
    private static final String HOOK = Type.getInternalName(MpiCallHook.class);
    /** {@code Recv(buf, offset, count, datatype, source, tag)}, whose source is local 5 and tag local 6. */
    private static final String RECV = "(Ljava/lang/Object;IILmpi/Datatype;II)Lmpi/Status;";
    private static final int RECV_SOURCE_SLOT = 5;
    /** {@code Probe(source, tag)} and {@code Iprobe(source, tag)}, whose source is local 1 and tag local 2. */
    private static final String PROBE = "(II)Lmpi/Status;";
    private static final int PROBE_SOURCE_SLOT = 1;

    private MpiCallWeaver() {
    }

    static byte[] weave(byte[] code) {
        ClassReader reader = new ClassReader(code);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                MethodVisitor method = super.visitMethod(access, name, descriptor, signature, exceptions);
                boolean traced = (access & Opcodes.ACC_PUBLIC) != 0 && (access & Opcodes.ACC_STATIC) == 0
                    && (access & Opcodes.ACC_ABSTRACT) == 0 && TRACED.contains(name);
                return traced ? new TracedMethod(method, name, descriptor) : method;
            }
        }, 0);
        return writer.toByteArray();
    }

    /** One communication method: {@code MpiCallHook.enter(name, this, args)} first, {@code exit(result)} last. */
    private static final class TracedMethod extends MethodVisitor {
        private final String name;
        private final String descriptor;
        private final Type[] arguments;

        TracedMethod(MethodVisitor method, String name, String descriptor) {
            super(Opcodes.ASM9, method);
            this.name = name;
            this.descriptor = descriptor;
            this.arguments = Type.getArgumentTypes(descriptor);
        }

        @Override
        public void visitCode() {
            super.visitCode();
            visitLdcInsn(name);
            visitVarInsn(Opcodes.ALOAD, 0);
            pushArgumentArray();
            visitMethodInsn(Opcodes.INVOKESTATIC, HOOK, "enter",
                "(Ljava/lang/String;Ljava/lang/Object;[Ljava/lang/Object;)V", false);
            if (name.equals("Recv") && descriptor.equals(RECV)) {
                // source = MpiCallHook.source(source, tag): a wildcard receive may be made to take one sender.
                chooseSource(RECV_SOURCE_SLOT);
            } else if (name.equals("Probe") && descriptor.equals(PROBE)) {
                chooseSource(PROBE_SOURCE_SLOT); // as a receive: which sender's message it shows
            } else if (polls()) {
                // source = MpiCallHook.poll(this, source, tag): what a poll finds may be chosen too.
                visitVarInsn(Opcodes.ALOAD, 0);
                visitVarInsn(Opcodes.ILOAD, PROBE_SOURCE_SLOT);
                visitVarInsn(Opcodes.ILOAD, PROBE_SOURCE_SLOT + 1);
                visitMethodInsn(Opcodes.INVOKESTATIC, HOOK, "poll", "(Ljava/lang/Object;II)I", false);
                visitVarInsn(Opcodes.ISTORE, PROBE_SOURCE_SLOT);
            }
        }

        private boolean polls() {
            return name.equals("Iprobe") && descriptor.equals(PROBE);
        }

        private void chooseSource(int slot) {
            visitVarInsn(Opcodes.ILOAD, slot);
            visitVarInsn(Opcodes.ILOAD, slot + 1);
            visitMethodInsn(Opcodes.INVOKESTATIC, HOOK, "source", "(II)I", false);
            visitVarInsn(Opcodes.ISTORE, slot);
        }

        @Override
        public void visitInsn(int opcode) {
            if (opcode == Opcodes.ARETURN) {
                if (polls()) {
                    // result = (Status) MpiCallHook.polled(result): a poll the schedule chose to find nothing.
                    visitMethodInsn(Opcodes.INVOKESTATIC, HOOK, "polled", "(Ljava/lang/Object;)Ljava/lang/Object;",
                        false);
                    visitTypeInsn(Opcodes.CHECKCAST, "mpi/Status");
                }
                visitInsn(Opcodes.DUP);
                exit();
            } else if (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) {
                visitInsn(Opcodes.ACONST_NULL); // the traced methods return a Status, a Request or nothing
                exit();
            }
            super.visitInsn(opcode);
        }

        private void exit() {
            visitMethodInsn(Opcodes.INVOKESTATIC, HOOK, "exit", "(Ljava/lang/Object;)V", false);
        }

        /** {@code new Object[] {arg0, arg1, ...}}, primitives boxed. */
        private void pushArgumentArray() {
            pushInt(arguments.length);
            visitTypeInsn(Opcodes.ANEWARRAY, "java/lang/Object");
            int slot = 1;
            for (int i = 0; i < arguments.length; i++) {
                Type type = arguments[i];
                visitInsn(Opcodes.DUP);
                pushInt(i);
                visitVarInsn(type.getOpcode(Opcodes.ILOAD), slot);
                box(type);
                visitInsn(Opcodes.AASTORE);
                slot += type.getSize();
            }
        }

        private void box(Type type) {
            String boxed = switch (type.getSort()) {
                case Type.BOOLEAN -> "java/lang/Boolean";
                case Type.CHAR -> "java/lang/Character";
                case Type.BYTE -> "java/lang/Byte";
                case Type.SHORT -> "java/lang/Short";
                case Type.INT -> "java/lang/Integer";
                case Type.FLOAT -> "java/lang/Float";
                case Type.LONG -> "java/lang/Long";
                case Type.DOUBLE -> "java/lang/Double";
                default -> null;
            };
            if (boxed != null) {
                visitMethodInsn(Opcodes.INVOKESTATIC, boxed, "valueOf",
                    "(" + type.getDescriptor() + ")L" + boxed + ";", false);
            }
        }

        private void pushInt(int value) {
            if (value <= 5) {
                visitInsn(Opcodes.ICONST_0 + value);
            } else {
                visitIntInsn(Opcodes.BIPUSH, value);
            }
        }
    }
}

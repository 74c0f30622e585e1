package org.mpjgrader.runner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Rewrites the program's own classes so that every rank counts the work it executes (see {@link WorkClock}): each
 * method takes its thread's {@link WorkCounter} into a local of its own on entry, and adds to it the number of
 * bytecode instructions of each basic block as the block ends (before a jump, a switch, a return, a throw, a call
 * outside the JDK, or a label that a jump or handler targets), so that an MPI call reads a clock that holds every
 * instruction before it. Calls into the JDK do not end a block: they cannot reach MPI, and a hot loop that calls
 * {@code Math.sqrt} would otherwise count twice per turn. {@code Thread.sleep} and {@code TimeUnit.sleep} go through {@link WorkClock#sleep(long)}. The counts
 * depend on the bytecode and the input alone: not on the machine, its load, or the JIT. Calls that may start a
 * thread are framed by {@link ThreadStarts}, which notes where each thread was started (counted as nothing).
 *
 * <p>The class is read twice: first to learn each method's branch targets and its number of locals (the counter's
 * local goes after them), then to weave. Frames are read expanded and get the counter's local appended, so that the
 * class's stack map frames stay valid without computing them anew.
 */
final class WorkWeaver {
    private static final String CLOCK = Type.getInternalName(WorkClock.class);
    private static final String COUNTER = Type.getInternalName(WorkCounter.class);
    private static final String STARTS = Type.getInternalName(ThreadStarts.class);
    private static final int READ = ClassReader.EXPAND_FRAMES;

    private WorkWeaver() {
    }

    /** The class woven, or as it was where it cannot be (a method too large once counted, a malformed class). */
    static byte[] weave(byte[] code) {
        try {
            ClassReader reader = new ClassReader(code);
            Map<String, Shape> shapes = new HashMap<>();
            reader.accept(new ShapeReader(shapes), READ);
            ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
            reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    MethodVisitor method = super.visitMethod(access, name, descriptor, signature, exceptions);
                    Shape shape = shapes.get(name + descriptor);
                    return shape == null ? method : new CountedMethod(method, shape);
                }
            }, READ);
            return writer.toByteArray();
        } catch (RuntimeException cannotWeave) {
            return code;
        }
    }

    /** What the weaving of one method needs to know first: which labels (by order of visit) start a block. */
    private record Shape(Set<Integer> targets, int maxLocals) {
    }

    /** The first reading: each method's branch targets and handler starts, and its locals. */
    private static final class ShapeReader extends ClassVisitor {
        private final Map<String, Shape> shapes;

        ShapeReader(Map<String, Shape> shapes) {
            super(Opcodes.ASM9);
            this.shapes = shapes;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9) {
                private final List<Label> visited = new ArrayList<>();
                private final Set<Label> targets = new HashSet<>();

                @Override
                public void visitLabel(Label label) {
                    visited.add(label);
                }

                @Override
                public void visitJumpInsn(int opcode, Label label) {
                    targets.add(label);
                }

                @Override
                public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
                    targets.add(dflt);
                    targets.addAll(List.of(labels));
                }

                @Override
                public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
                    targets.add(dflt);
                    targets.addAll(List.of(labels));
                }

                @Override
                public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                    targets.add(handler);
                }

                @Override
                public void visitMaxs(int maxStack, int maxLocals) {
                    Set<Integer> ordinals = new HashSet<>();
                    for (int i = 0; i < visited.size(); i++) {
                        if (targets.contains(visited.get(i))) {
                            ordinals.add(i);
                        }
                    }
                    shapes.put(name + descriptor, new Shape(ordinals, maxLocals));
                }
            };
        }
    }

    /** One method, counted. Every instruction of the original counts one; what is added counts nothing. */
    private static final class CountedMethod extends MethodVisitor {
        private final Shape shape;
        private final int counter;
        private int labels;
        private int pending;

        CountedMethod(MethodVisitor method, Shape shape) {
            super(Opcodes.ASM9, method);
            this.shape = shape;
            this.counter = shape.maxLocals();
        }

        @Override
        public void visitCode() {
            super.visitCode();
            super.visitMethodInsn(Opcodes.INVOKESTATIC, CLOCK, "counter", "()L" + COUNTER + ";", false);
            super.visitVarInsn(Opcodes.ASTORE, counter);
        }

        /** Adds the block's instructions so far to the counter; leaves the stack as it was. */
        private void flush() {
            if (pending == 0) {
                return;
            }
            super.visitVarInsn(Opcodes.ALOAD, counter);
            super.visitInsn(Opcodes.DUP);
            super.visitFieldInsn(Opcodes.GETFIELD, COUNTER, "work", "J");
            super.visitLdcInsn((long) pending);
            super.visitInsn(Opcodes.LADD);
            super.visitFieldInsn(Opcodes.PUTFIELD, COUNTER, "work", "J");
            pending = 0;
        }

        @Override
        public void visitLabel(Label label) {
            if (shape.targets().contains(labels++)) {
                flush();
            }
            super.visitLabel(label);
        }

        @Override
        public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
            // Expanded frames list every local: pad to the counter's slot with TOP, then the counter.
            List<Object> locals = new ArrayList<>(Arrays.asList(local).subList(0, numLocal));
            int slots = 0;
            for (Object each : locals) {
                slots += each == Opcodes.LONG || each == Opcodes.DOUBLE ? 2 : 1;
            }
            for (; slots < counter; slots++) {
                locals.add(Opcodes.TOP);
            }
            locals.add(COUNTER);
            super.visitFrame(type, locals.size(), locals.toArray(), numStack, stack);
        }

        @Override
        public void visitInsn(int opcode) {
            pending++;
            boolean ends = opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN || opcode == Opcodes.ATHROW;
            if (ends) {
                flush();
            }
            super.visitInsn(opcode);
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            pending++;
            super.visitIntInsn(opcode, operand);
        }

        @Override
        public void visitVarInsn(int opcode, int varIndex) {
            pending++;
            super.visitVarInsn(opcode, varIndex);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            pending++;
            super.visitTypeInsn(opcode, type);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            pending++;
            super.visitFieldInsn(opcode, owner, name, descriptor);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            pending++;
            if (!owner.startsWith("java/") && !owner.startsWith("jdk/") && !owner.startsWith("javax/")) {
                flush(); // the callee may be an MPI call, which reads the clock: it must hold this block
            }
            boolean mayStartThread = ThreadStarts.mayStartThread(owner, name, descriptor);
            if (mayStartThread) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, STARTS, "before", "()V", false);
            }
            if (opcode == Opcodes.INVOKESTATIC && owner.equals("java/lang/Thread") && name.equals("sleep")
                && (descriptor.equals("(J)V") || descriptor.equals("(JI)V"))) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, CLOCK, "sleep", descriptor, false);
            } else if (opcode == Opcodes.INVOKEVIRTUAL && owner.equals("java/util/concurrent/TimeUnit")
                && name.equals("sleep") && descriptor.equals("(J)V")) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, CLOCK, "sleep", "(Ljava/util/concurrent/TimeUnit;J)V",
                    false);
            } else {
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            }
            if (mayStartThread) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, STARTS, "after", "()V", false);
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            pending++;
            flush();
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            pending++;
            flush();
            super.visitJumpInsn(opcode, label);
        }

        @Override
        public void visitLdcInsn(Object value) {
            pending++;
            super.visitLdcInsn(value);
        }

        @Override
        public void visitIincInsn(int varIndex, int increment) {
            pending++;
            super.visitIincInsn(varIndex, increment);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            pending++;
            flush();
            super.visitTableSwitchInsn(min, max, dflt, labels);
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            pending++;
            flush();
            super.visitLookupSwitchInsn(dflt, keys, labels);
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
            pending++;
            super.visitMultiANewArrayInsn(descriptor, numDimensions);
        }
    }
}

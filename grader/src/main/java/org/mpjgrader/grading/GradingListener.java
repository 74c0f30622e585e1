package org.mpjgrader.grading;

import org.mpjgrader.result.ExerciseResult;
import org.mpjgrader.result.GradingResult;
import org.mpjgrader.result.RunGrade;

/** Told of a grading as it goes; every report (console, JSON, ...) is one. Methods run on the grading thread. */
public interface GradingListener {

    default void gradingStarted(GradingPlan plan) {
    }

    default void runFinished(RunGrade grade) {
    }

    default void exerciseFinished(ExerciseResult result) {
    }

    default void gradingFinished(GradingResult result) {
    }

    /** All of {@code listeners}, in order. */
    static GradingListener all(java.util.List<GradingListener> listeners) {
        return new GradingListener() {
            @Override
            public void gradingStarted(GradingPlan plan) {
                listeners.forEach(l -> l.gradingStarted(plan));
            }

            @Override
            public void runFinished(RunGrade grade) {
                listeners.forEach(l -> l.runFinished(grade));
            }

            @Override
            public void exerciseFinished(ExerciseResult result) {
                listeners.forEach(l -> l.exerciseFinished(result));
            }

            @Override
            public void gradingFinished(GradingResult result) {
                listeners.forEach(l -> l.gradingFinished(result));
            }
        };
    }
}

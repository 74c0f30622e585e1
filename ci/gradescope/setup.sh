#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder's image (its Ubuntu base image), with the
# autograder zip unpacked in /autograder/source: the whole course repository (reference solutions included),
# plus this file and run_autograder at the zip's top level. See README.md beside this file.
set -euo pipefail
source=/autograder/source

export DEBIAN_FRONTEND=noninteractive
apt-get update
# bubblewrap isolates each run of a student's program (see grader/.../launch/Sandbox.java); libmpj-java is
# MPJ Express 0.44 as Debian and Ubuntu package it.
apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven libmpj-java bubblewrap

cd "$source"
chmod +x grader/grade ci/install-mpj ci/gradescope/run_autograder
# Puts mpj.jar into the local Maven repository as mpjexpress:mpj:0.44 (it is not on Maven Central).
ci/install-mpj
# Built now, while the image is made, so that grading a submission downloads and compiles nothing.
mvn -B -ntp -q package -pl src,grader,course/checks -am -DskipTests

# Defence in depth: only root (the grader) may read the reference solutions. bubblewrap already hides them from
# a student's program; this still holds if it runs as another user without namespaces. It does not hold against
# a program running as root: see README.md.
chmod -R go-rwx "$source/solutions"

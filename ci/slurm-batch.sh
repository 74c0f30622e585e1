#!/bin/bash
# Grades a large class on a cluster: one share of the class per task of a SLURM job array, then one job that
# merges the shares. Submit from the course repository:
#   sbatch --array=1-8 ci/slurm-batch.sh /path/to/submissions /path/to/output
#   sbatch --dependency=afterok:<array job id> --wrap "grader/grade merge --output /path/to/output/merged \
#       --submissions /path/to/submissions /path/to/output/share-*"
# Every task uses the same seed, so that every student gets the same hidden inputs.
#SBATCH --job-name=mpj-grade
#SBATCH --nodes=1
#SBATCH --ntasks=1
#SBATCH --cpus-per-task=4
#SBATCH --time=02:00:00
#SBATCH --output=grade-%A_%a.out
set -euo pipefail
submissions="$1"
output="$2"
seed="${GRADE_SEED:-20261126}"
shares="${SLURM_ARRAY_TASK_COUNT:?submit as a job array: sbatch --array=1-N}"
share="${SLURM_ARRAY_TASK_ID:?submit as a job array: sbatch --array=1-N}"
grader/grade batch "$submissions" --output "$output/share-$share" --shard "$share/$shares" --seed "$seed" \
  --workers "${SLURM_CPUS_PER_TASK:-1}" --no-similarity

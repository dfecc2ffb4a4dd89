# Shared by the scripts in this folder (source it; it does not run on its own).
# PROJECT_DIR: the project folder, whatever the caller's working directory.
PROJECT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JOB_JAR="$PROJECT_DIR/target/conflict-tally.jar"
CLASSPATH_FILE="$PROJECT_DIR/target/classpath.txt"
# The benchmark's classes (test code, kept out of the job jar); scripts/bench runs them beside JOB_JAR.
BENCH_JAR="$PROJECT_DIR/target/conflict-tally-bench.jar"

# Rebuilds the job jar and the classpath file when either is missing or the jar is older than any source,
# lexicon, configuration file or the pom. (Only the jar's age counts: Maven leaves classpath.txt untouched
# when the classpath did not change.) Tests are skipped: `mvn verify` is the place for them.
# Arguments: other jars of the same build the caller needs (scripts/bench: BENCH_JAR), checked the same way,
# since a build that skips the test sources (-Dmaven.test.skip) leaves the bench jar missing or behind.
build_if_stale() {
  local stale="" jar
  for jar in "$JOB_JAR" "$CLASSPATH_FILE" "$@"; do
    [[ -f "$jar" ]] || { stale="${jar#"$PROJECT_DIR"/} not built yet"; break; }
  done
  if [[ -z "$stale" ]]; then
    for jar in "$JOB_JAR" "$@"; do
      stale="$(find "$PROJECT_DIR/src" "$PROJECT_DIR/conf" "$PROJECT_DIR/pom.xml" -newer "$jar" -print -quit)"
      [[ -z "$stale" ]] || { stale="changed: ${stale#"$PROJECT_DIR"/}"; break; }
    done
  fi
  if [[ -n "$stale" ]]; then
    echo "building target/conflict-tally.jar ($stale)" >&2
    (cd "$PROJECT_DIR" && mvn -B -q -DskipTests clean package)
  fi
}

# The java options every JVM running Spark here needs: Spark's Java 17 module flags (scripts/jvm-flags,
# the same list as pom.xml's spark.java17.flags) and the project's log4j2 configuration, by absolute path.
JAVA_SPARK_OPTS=("@$PROJECT_DIR/scripts/jvm-flags"
                 "-Dlog4j2.configurationFile=$PROJECT_DIR/conf/log4j2.properties")

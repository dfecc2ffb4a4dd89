# Shared by scripts/spark-submit and scripts/cluster (source it; it does not run on its own): Spark from
# an install when there is one, else from the Spark jars that Maven resolved for this project.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# Where the Maven-resolved Spark lives as a SPARK_HOME (a jars/ folder of links into ~/.m2), and the
# standalone cluster's PIDs, logs and work folders. `mvn clean` keeps target/spark (see pom.xml), so that a
# rebuild does not pull the jars or the PID files from under a running cluster.
SPARK_CACHE="$PROJECT_DIR/target/spark"
MAVEN_SPARK_HOME="$SPARK_CACHE/home"

# The project's Spark configuration (spark-defaults.conf, log4j2.properties) unless the caller names another.
export SPARK_CONF_DIR="${SPARK_CONF_DIR:-$PROJECT_DIR/conf}"

# True when SPARK_HOME names a Spark install (one with bin/spark-submit).
have_spark_install() {
  [[ -n "${SPARK_HOME:-}" && -x "$SPARK_HOME/bin/spark-submit" ]]
}

# Makes target/spark/home/jars: one link per jar of target/classpath.txt (Spark, its dependencies and
# Jackson, as Maven resolved them). Rebuilt when classpath.txt is newer. Spark's launcher and the Worker
# (which starts executors from SPARK_HOME/jars) need SPARK_SCALA_VERSION when there is no RELEASE file.
maven_spark_home() {
  if [[ ! -f "$CLASSPATH_FILE" ]]; then
    echo "no target/classpath.txt yet: building the project once to resolve the Spark jars" >&2
    build_if_stale >&2
  fi
  if [[ ! -d "$MAVEN_SPARK_HOME/jars" || "$CLASSPATH_FILE" -nt "$MAVEN_SPARK_HOME/jars" ]]; then
    local tmp="$SPARK_CACHE/home.tmp.$$"
    rm -rf "$tmp"
    mkdir -p "$tmp/jars"
    local jar jars
    IFS=: read -r -a jars < "$CLASSPATH_FILE" || true   # one line, no newline at its end
    for jar in "${jars[@]}"; do
      ln -sf "$jar" "$tmp/jars/"
    done
    rm -rf "$MAVEN_SPARK_HOME"
    mv "$tmp" "$MAVEN_SPARK_HOME"
  fi
  export SPARK_HOME="$MAVEN_SPARK_HOME"
  export SPARK_SCALA_VERSION="${SPARK_SCALA_VERSION:-2.13}"
}

# Fills the array SPARK_CMD with the java command line that $SPARK_HOME/bin/spark-class would run for
# "CLASS ARGS...": Spark's own launcher (org.apache.spark.launcher.Main) builds it, with the classpath,
# SPARK_CONF_DIR, memory settings, spark-defaults.conf and Spark's Java 17 module flags. The launcher
# prints a NUL, a newline, then the command as NUL-separated words.
spark_command() {
  local java="${JAVA_HOME:+$JAVA_HOME/bin/}java" word out rc=0
  out="$(mktemp)"
  "$java" -Xmx128m -cp "$SPARK_HOME/jars/*" org.apache.spark.launcher.Main "$@" > "$out" || rc=$?
  if (( rc != 0 )); then
    tr '\0' '\n' < "$out" >&2
    rm -f "$out"
    return "$rc"
  fi
  SPARK_CMD=()
  local first=1
  while IFS= read -r -d '' word || [[ -n "$word" ]]; do
    if (( first )); then   # the empty word before the first NUL
      first=0
      continue
    fi
    (( ${#SPARK_CMD[@]} )) || word="${word#$'\n'}"
    SPARK_CMD+=("$word")
  done < "$out"
  rm -f "$out"
}

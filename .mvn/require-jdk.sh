# Sourced by ./mvnw before Maven starts. TransferHub needs a JDK 21 or newer. Maven's toolchains
# plugin selects it for compiling, tests and spring-boot:run; this check runs Maven itself on that JDK
# when the default `java` is older, and stops with a clear message when no JDK 21+ exists at all.
# POSIX sh; mvnw runs with `set -euf`, so globbing is switched on only inside this file.

th_java_major() { # prints the major version of the JDK at $1, or nothing
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  "$1/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9][0-9]*\)[."].*/\1/p'
}

th_jdk_ok() { # true when $1 is a JDK home of version 21+
  th_major=$(th_java_major "$1")
  [ -n "$th_major" ] && [ "$th_major" -ge 21 ]
}

th_current_home=${JAVA_HOME-}
if [ -z "$th_current_home" ] && command -v java >/dev/null 2>&1; then
  th_current_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
fi

if [ -z "$th_current_home" ] || ! th_jdk_ok "$th_current_home"; then
  th_found=
  set +f
  for th_candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
    "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    if th_jdk_ok "$th_candidate"; then
      th_found=$th_candidate
      break
    fi
  done
  set -f
  if [ -z "$th_found" ]; then
    cat >&2 <<MSG

TransferHub needs a JDK 21 or newer, and none was found.
  Default java: ${th_current_home:-none}${th_current_home:+ (version $(th_java_major "$th_current_home"))}
  Looked in:    JAVA_HOME, PATH, /usr/lib/jvm, /usr/java, /opt/java, ~/.sdkman, ~/.jdks, /Library/Java
Install one (for example: apt-get install openjdk-21-jdk, or Temurin 21/25) or set JAVA_HOME to it.

MSG
    exit 1
  fi
  JAVA_HOME=$th_found
  export JAVA_HOME
fi
unset th_current_home th_found th_candidate th_major

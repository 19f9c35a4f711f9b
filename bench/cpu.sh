# Shared by the bench scripts: CPU time per process group of the local suite, to say where a run's time went.
#   snapshot=$(cpu_snapshot); …run…; cpu_per_op "$snapshot" 2265 → "invitation 3.7, attendee 1.4, … ms of CPU per op"
# Groups: the four services (by their jar), the baselines of bench/baseline and nginx (side-by-side.sh), the Kafka
# broker, every PostgreSQL process, wrk and node (the load).
# shellcheck shell=bash
cpu_group_of() { # $1 = pid → group name or nothing
  local cmd; { cmd=$(tr "\\0" " " < "/proc/$1/cmdline"); } 2>/dev/null || return 0
  case $cmd in
    *invitation-service/*quarkus-run.jar*) echo invitation ;;
    *attendee-service/*quarkus-run.jar*) echo attendee ;;
    *agenda-service/*quarkus-run.jar*) echo agenda ;;
    *gateway/*quarkus-run.jar*) echo gateway ;;
    *bench/baseline/*quarkus-run.jar*) echo baseline ;;
    nginx*) echo nginx ;;
    *kafka.Kafka*|*kafka-local/server.properties*) echo kafka ;;
    postgres*) echo postgresql ;;
    wrk*|node*) echo load ;;
  esac
}

cpu_snapshot() { # → "group ticks" lines (utime + stime of live processes)
  local pid group
  for pid in $(ls /proc | grep -E '^[0-9]+$'); do
    group=$(cpu_group_of "$pid")
    [ -n "$group" ] || continue
    awk -v g="$group" '{ sub(/^.*\) /, ""); print g, $12 + $13 }' "/proc/$pid/stat" 2>/dev/null
  done | awk '{ t[$1] += $2 } END { for (g in t) print g, t[g] }'
}

cpu_spent() { # $1 = snapshot before → "group seconds" lines: the CPU each group spent since
  local hz; hz=$(getconf CLK_TCK)
  { echo "$1" | sed 's/^/before /'; cpu_snapshot | sed 's/^/after /'; } | awk -v hz="$hz" '
    $1 == "before" { b[$2] = $3 } $1 == "after" { a[$2] = $3 }
    END { for (g in a) print g, (a[g] - b[g]) / hz }'
}

cpu_per_op() { # $1 = snapshot before, $2 = operations done since → "group x.x" per op in ms of CPU, biggest first
  cpu_spent "$1" | awk -v ops="$2" '{ ms = $2 * 1000 / ops; total += ms; printf "%s %.2f\n", $1, ms }
    END { printf "total %.2f\n", total }' | sort -k2 -nr \
    | awk '{ printf "%s%s %s", sep, $1, $2; sep = ", " } END { print " ms of CPU per operation" }'
}

cpu_serving_us() { # $1 = snapshot before, $2 = requests answered since → µs of CPU per request of all but the load
  cpu_spent "$1" | awk -v ops="$2" '$1 != "load" { total += $2 } END { printf "%.1f\n", total * 1e6 / ops }'
}

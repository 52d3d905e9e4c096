#!/bin/sh
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# What the xen.xenstore.xenstored role must know about a host before it acts, one fact a line:
#   marker PATH           a path that marks a Xen host exists (the arguments)
#   process PID EXE       a real xenstored/oxenstored runs (bin/xenstored runs as python: skipped)
# Usage: xenstored-probe.sh [MARKER_PATH ...]
#   systemd yes|no        systemd is the running init (sd_booted: /run/systemd/system exists)
for path in "$@"; do
    if [ -e "$path" ]; then
        echo "marker $path"
    fi
done
for comm in /proc/[0-9]*/comm; do
    name=$(cat "$comm" 2>/dev/null) || continue
    case $name in
        xenstored|oxenstored) ;;
        *) continue ;;
    esac
    pid=${comm#/proc/}
    pid=${pid%/comm}
    exe=$(readlink "/proc/$pid/exe" 2>/dev/null) || continue     # gone meanwhile
    case ${exe##*/} in
        python*) continue ;;
    esac
    echo "process $pid $exe"
done
if [ -d /run/systemd/system ]; then
    echo "systemd yes"
else
    echo "systemd no"
fi

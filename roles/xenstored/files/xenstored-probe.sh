#!/bin/sh
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# What the xen.xenstore.xenstored role must know about a host before it acts, one fact a line:
#   marker PATH               a path that marks a Xen host exists (the MARKER_PATH arguments)
#   process PID EXE PATH      a xenstored/oxenstored program (not bin/xenstored, which runs as
#                             python) listens on or holds open PATH, one of the -p paths: the
#                             host's own XenStore daemon (or another one in the role's way)
#   process PID EXE ?         such a program whose open files this user may not read
#   other PID EXE             such a program serving none of the -p paths (a test suite's
#                             reference daemon on its own socket, say): not a sign of Xen
#   systemd yes|no            systemd is the running init (sd_booted: /run/systemd/system exists)
# Usage: xenstored-probe.sh [-p PATH]... [MARKER_PATH ...]
paths=""
while [ $# -gt 1 ] && [ "$1" = -p ]; do
    paths="$paths$2
"
    shift 2
done

for path in "$@"; do
    if [ -e "$path" ]; then
        echo "marker $path"
    fi
done

# The -p paths PID listens on (Unix sockets, found by inode in its network namespace's
# /proc/PID/net/unix) or has open (files); "?" if its fds cannot be read.
serves() {
    fds=$(ls "/proc/$1/fd" 2>/dev/null) || { [ -d "/proc/$1" ] && echo "?"; return; }
    inodes=" "
    for fd in $fds; do
        target=$(readlink "/proc/$1/fd/$fd" 2>/dev/null) || continue
        case $target in
            socket:\[*\])
                inode=${target#socket:[}
                inodes="$inodes${inode%]} "
                ;;
            /*)
                if printf '%s' "$paths" | grep -qxF -- "$target"; then
                    echo "$target"
                fi
                ;;
        esac
    done
    [ "$inodes" = " " ] && return
    awk -v inodes="$inodes" -v paths="$paths" '
        BEGIN { n = split(paths, list, "\n"); for (i = 1; i <= n; i++) if (list[i] != "") wanted[list[i]] = 1 }
        NR > 1 && NF >= 8 && index(inodes, " " $7 " ") {
            path = $8; for (i = 9; i <= NF; i++) path = path " " $i
            if (path in wanted) print path
        }' "/proc/$1/net/unix" 2>/dev/null
}

for comm in /proc/[0-9]*/comm; do
    name=$(cat "$comm" 2>/dev/null) || continue
    case $name in
        xenstored|oxenstored) ;;
        *) continue ;;
    esac
    pid=${comm#/proc/}
    pid=${pid%/comm}
    exe=$(readlink "/proc/$pid/exe" 2>/dev/null) || exe="(unreadable)"
    case ${exe##*/} in
        python*) continue ;;
    esac
    found=$(serves "$pid" | sort -u)
    if [ -z "$found" ]; then
        echo "other $pid $exe"
    else
        printf '%s\n' "$found" | while IFS= read -r path; do
            echo "process $pid $exe $path"
        done
    fi
done

if [ -d /run/systemd/system ]; then
    echo "systemd yes"
else
    echo "systemd no"
fi

#!/bin/sh
# Fetch Xen's own XenStore clients without installing Xen: test-xenstore and the real
# xenstore-control from Debian 12's xen-utils-4.17, with the libraries they load.
#
#   tests/daemon/fetch_xen_utils.sh        -> prints the unpacked root (ROOT/usr/lib/xen-4.17/bin,
#                                             ROOT/usr/lib/x86_64-linux-gnu)
#
# Cache: $XEN_XENSTORE_TESTS_CACHE, else ${XDG_CACHE_HOME:-$HOME/.cache}/xen-xenstore-tests
# (outside the repository, never committed). Idempotent and safe to run concurrently
# (flock): a complete cache returns at once without touching apt. Needs root for apt-get
# on a fresh Debian 12 (runs `apt-get update` once if the package lists are missing or stale).
set -eu

CACHE=${XEN_XENSTORE_TESTS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/xen-xenstore-tests}
# xenstore-control links libxenctrl and libxenguest (libxenmisc4.17), which pull in the
# other hypervisor libraries; test-xenstore needs only libxenstore4 and libxentoolcore1.
PACKAGES="xen-utils-4.17 libxenstore4 libxentoolcore1 libxenmisc4.17 libxencall1
libxendevicemodel1 libxenevtchn1 libxenforeignmemory1 libxengnttab1 libxenhypfs1 libxentoollog1"
BIN=usr/lib/xen-4.17/bin
LIB=usr/lib/x86_64-linux-gnu

mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"
flock 9

cache_is_complete() {
    [ -f "$CACHE/complete" ] && [ -x "$CACHE/root/$BIN/test-xenstore" ] \
        && [ -x "$CACHE/root/$BIN/xenstore-control" ]
}

if cache_is_complete; then
    echo "$CACHE/root"
    exit 0
fi

work=$(mktemp -d "$CACHE/download.XXXXXX")
trap 'rm -rf "$work"' EXIT
chmod 0755 "$work"          # let apt's _apt user write here when it can
cd "$work"
# shellcheck disable=SC2086
if ! apt-get download $PACKAGES >download.log 2>&1; then
    apt-get update >>download.log 2>&1 || true
    # shellcheck disable=SC2086
    apt-get download $PACKAGES >>download.log 2>&1 || {
        cat download.log >&2
        echo "fetch_xen_utils.sh: apt-get download $PACKAGES failed" >&2
        exit 1
    }
fi
for deb in *.deb; do
    dpkg -x "$deb" root
done
for tool in test-xenstore xenstore-control; do
    if [ ! -x "root/$BIN/$tool" ]; then
        echo "fetch_xen_utils.sh: $tool missing from the unpacked packages" >&2
        exit 1
    fi
    missing=$(LD_LIBRARY_PATH="$work/root/$LIB" ldd "root/$BIN/$tool" | grep 'not found' || true)
    if [ -n "$missing" ]; then
        echo "fetch_xen_utils.sh: $tool cannot load:" >&2
        echo "$missing" >&2
        exit 1
    fi
done
ls ./*.deb >root/PACKAGES
rm -rf "$CACHE/root"
mv root "$CACHE/root"
touch "$CACHE/complete"
echo "$CACHE/root"

#!/bin/sh
# deb postrm / rpm %postun of the agent package, run as root once its files are gone: the tray's
# and the agent's command links go; the enrollment file and the agent's data (device secret,
# waiting requests) stay for a re-install, unless the package is purged (`apt purge …`).
# HANDRAISE_TARGET_ROOT (tests only) is a folder that stands for /.
set -eu

root="${HANDRAISE_TARGET_ROOT:-}"

case "${1:-remove}" in
  remove | purge | 0)
    rm -f "$root/usr/bin/${executable}" "$root/usr/bin/handraise-agent"
    ;;
esac
if [ "${1:-}" = purge ]; then
  rm -rf "$root/etc/handraise" "$root/var/lib/handraise-agent"
fi
exit 0

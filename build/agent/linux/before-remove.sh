#!/bin/sh
# deb prerm / rpm %preun of the agent package, run as root while the agent's files are still
# there: a removal stops and unregisters the machine-wide service. An upgrade keeps it (deb:
# "upgrade"; rpm: 1 or more versions stay), the new version's after-install registers it again.
# HANDRAISE_TARGET_ROOT (tests only) is a folder that stands for /.
set -eu

root="${HANDRAISE_TARGET_ROOT:-}"
agent="$root/opt/${sanitizedProductName}/resources/agent/handraise-agent"

case "${1:-remove}" in
  remove | 0)
    "$agent" service uninstall || printf 'handraise-agent: the service could not be removed\n' >&2
    ;;
esac
exit 0

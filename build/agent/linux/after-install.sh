#!/bin/sh
# deb postinst / rpm %post of the agent package, run as root. electron-builder fills in the
# dollar-brace macros (executable, sanitizedProductName) when it packs; every shell variable
# below is written $NAME or with an operator, so that it is left alone.
#
# 1. What electron-builder's own script does (the tray's command, Chromium's sandbox helper), and
#    the agent's command.
# 2. Enrollment from the environment, so one command enrolls the computer without the token on a
#    command line the agent runs with:
#      sudo env HANDRAISE_HUB=https://hub.school.lan:7300 HANDRAISE_TOKEN=… \
#        HANDRAISE_HUB_FINGERPRINT=… apt install ./handraise-agent_0.1.0_amd64.deb
#    (plain `sudo VAR=… apt …` works too where sudoers allows it; `sudo -E` keeps a whole
#    exported environment). Given settings replace /etc/handraise/agent.json; none keep it.
# 3. The machine-wide service: `handraise-agent service install`.
#
# HANDRAISE_TARGET_ROOT (tests only) is a folder that stands for /.
set -eu

root="${HANDRAISE_TARGET_ROOT:-}"
app="$root/opt/${sanitizedProductName}"
agent="$app/resources/agent/handraise-agent"
etc="$root/etc/handraise"

say() { printf 'handraise-agent: %s\n' "$1" >&2; }

# --- 1. the tray's and the agent's commands on PATH, and the sandbox helper -------------------
mkdir -p "$root/usr/bin"
ln -sf "$app/${executable}" "$root/usr/bin/${executable}"
# The headless agent too: the README's `sudo handraise-agent status` and `… enroll` work as written.
ln -sf "$agent" "$root/usr/bin/handraise-agent"
if [ -e "$app/chrome-sandbox" ]; then
  # Setuid only where the kernel offers no user namespaces for Chromium's sandbox.
  if unshare --user true >/dev/null 2>&1; then
    chmod 0755 "$app/chrome-sandbox" || true
  else
    chmod 4755 "$app/chrome-sandbox" || true
  fi
fi
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database "$root/usr/share/applications" >/dev/null 2>&1 || true
fi

# --- 2. the system-wide enrollment file ---------------------------------------------------------
hub="${HANDRAISE_HUB:-}"
token="${HANDRAISE_TOKEN:-}"
fingerprint="${HANDRAISE_HUB_FINGERPRINT:-}"

# Values are written into JSON as they are: refuse the characters that would need escaping (none
# occurs in an address, a token or a fingerprint) rather than write a file the agent refuses.
check_value() {
  case "$2" in
    *\"* | *\\* | *"
"*)
      say "$1 holds a quote, a backslash or a line break; enrollment settings were not written"
      exit 1
      ;;
  esac
}

# The checks the agent makes when it reads the file, made here, so that a typo fails the install
# with a sentence instead of leaving a file the agent refuses later, on a computer nobody watches.
# The hub: http(s), a host name or IP address, a port if needed, nothing after it.
check_hub() {
  if ! printf '%s' "$1" |
    grep -Eq '^https?://(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)(:[0-9]{1,5})?/?$'; then
    say "HANDRAISE_HUB must be the hub's address, like https://hub.school.lan:7300; enrollment settings were not written"
    exit 1
  fi
}

# The token: 8 to 256 letters, digits or punctuation marks (as the console shows it).
check_token() {
  if ! printf '%s' "$1" | LC_ALL=C grep -Eq '^[!-~]{8,256}$'; then
    say "HANDRAISE_TOKEN must be 8 to 256 letters, digits or punctuation marks, with no spaces; enrollment settings were not written"
    exit 1
  fi
}

# The fingerprint: SHA-256, 64 hexadecimal digits, with or without colons between the pairs.
check_fingerprint() {
  if ! printf '%s' "$1" |
    grep -Eq '^([0-9A-Fa-f]{64}|([0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2})$'; then
    say "HANDRAISE_HUB_FINGERPRINT must be the hub certificate's SHA-256 fingerprint (64 hexadecimal digits, as the console's Settings shows it); enrollment settings were not written"
    exit 1
  fi
}

json_field() {
  if [ -n "$2" ]; then
    printf '%s\n  "%s": "%s"' "$separator" "$1" "$2"
    separator=','
  fi
}

if [ -n "$hub$token$fingerprint" ]; then
  check_value HANDRAISE_HUB "$hub"
  check_value HANDRAISE_TOKEN "$token"
  check_value HANDRAISE_HUB_FINGERPRINT "$fingerprint"
  if [ -n "$hub" ]; then check_hub "$hub"; fi
  if [ -n "$token" ]; then check_token "$token"; fi
  if [ -n "$fingerprint" ]; then check_fingerprint "$fingerprint"; fi
  mkdir -p "$etc"
  chmod 0755 "$etc"
  # Created private (umask), filled, then moved into place: never readable by others, never half written.
  partial="$etc/.agent.json.$$"
  (
    umask 077
    separator=''
    {
      printf '{'
      json_field hub "$hub"
      json_field token "$token"
      json_field hubFingerprint "$fingerprint"
      printf '\n}\n'
    } >"$partial"
  )
  if [ "$(id -u)" = 0 ]; then chown 0:0 "$partial"; fi
  chmod 0600 "$partial"
  mv -f "$partial" "$etc/agent.json"
  say "enrollment settings written to /etc/handraise/agent.json"
fi

# --- 3. the machine-wide service ----------------------------------------------------------------
# A computer without systemd (a container, a chroot being prepared as an image) still gets the
# package; the sentence says how to finish.
if ! "$agent" service install; then
  say "the service was not installed; once the system runs, finish with: sudo '$agent' service install"
fi
exit 0

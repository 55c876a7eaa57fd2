#!/bin/sh
# Checks the deployment examples with the tools that can check them (each skipped when missing):
#   systemd-analyze verify (the unit), nginx -t (the proxy, with a throwaway certificate),
#   an XML parser (web.config: IIS itself is not available on Linux), a Containerfile linter.
# Run from anywhere: sh server/deploy/check.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if command -v systemd-analyze >/dev/null; then
  systemd-analyze verify "$here/kommun-elements-feedback.service" && echo "unit: systemd-analyze verify passed"
else echo "unit: systemd-analyze not installed, skipped"; fi

if command -v nginx >/dev/null && command -v openssl >/dev/null; then
  openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=feedback.vara.se -days 1 \
    -keyout "$tmp/privkey.pem" -out "$tmp/fullchain.pem" 2>/dev/null
  sed "s|/etc/ssl/kommun-feedback|$tmp|" "$here/nginx.conf" > "$tmp/site.conf"
  printf 'pid %s/nginx.pid;\nerror_log stderr;\nevents {}\nhttp {\n  include %s/site.conf;\n}\n' "$tmp" "$tmp" > "$tmp/nginx.conf"
  nginx -t -q -c "$tmp/nginx.conf" && echo "nginx: nginx -t passed"
else echo "nginx: nginx or openssl not installed, skipped"; fi

python3 -c "import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])" "$here/web.config" && echo "web.config: well-formed XML"

if command -v hadolint >/dev/null; then hadolint "$here/Containerfile" && echo "Containerfile: hadolint passed"
else
  npm exec --yes --package=dockerfile-utils@0.16.3 -- dockerfile-utils lint "$here/Containerfile" && echo "Containerfile: dockerfile-utils lint passed"
fi

#!/usr/bin/env bash
# Installs what otai needs from Debian's packages, when it is missing:
#   mecab-ipadic          the IPADIC source that otai compiles into its Japanese dictionary
#   fonts-ipafont-gothic  a Japanese font for PNG charts (labels never render as boxes)
#   chromium              headless browser for the HTML report test (best effort: where it
#                         cannot be installed, that one test skips and says so)
# Safe to run again: it does nothing when everything is there.
set -euo pipefail

need=()
[ -f /usr/share/mecab/dic/ipadic/matrix.def ] || need+=(mecab-ipadic)
[ -f /usr/share/fonts/opentype/ipafont-gothic/ipag.ttf ] || need+=(fonts-ipafont-gothic)
want_browser=0
[ -x /usr/bin/chromium ] || want_browser=1

if [ ${#need[@]} -gt 0 ] || [ "$want_browser" -eq 1 ]; then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  if [ ${#need[@]} -gt 0 ]; then
    echo "setup: installing ${need[*]} (Debian packages)" >&2
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}"
  fi
  if [ "$want_browser" -eq 1 ]; then
    echo "setup: installing chromium (Debian package) for the browser test" >&2
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends chromium \
      || echo "setup: chromium could not be installed; the browser test will skip" >&2
  fi
fi

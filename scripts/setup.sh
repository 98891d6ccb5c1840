#!/usr/bin/env bash
# Installs what otai needs from Debian's packages, when it is missing:
#   mecab-ipadic  the IPADIC source that otai compiles into its Japanese dictionary
# Safe to run again: it does nothing when everything is there.
set -euo pipefail

need=()
[ -f /usr/share/mecab/dic/ipadic/matrix.def ] || need+=(mecab-ipadic)

if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]} (Debian packages)" >&2
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

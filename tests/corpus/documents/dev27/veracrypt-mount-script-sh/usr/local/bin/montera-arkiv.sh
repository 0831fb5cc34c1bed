#!/bin/bash
# Monterar de krypterade arkivcontainrarna vid uppstart (körs av systemd)
set -euo pipefail

veracrypt --text --non-interactive --mount /srv/arkiv/ekonomi.hc /mnt/ekonomi \
  --password='zOJEx&J?4hj+I%bqB.50' --pim=0 --keyfiles="" --protect-hidden=no

veracrypt -t --non-interactive /srv/arkiv/personal.hc /mnt/personal \
  -p "Tjader-Trana-2147!" --pim=0 -k "" --protect-hidden=no

# USB-disken: lösenordet ska matas in manuellt
# veracrypt -t /dev/sdb1 /mnt/usb

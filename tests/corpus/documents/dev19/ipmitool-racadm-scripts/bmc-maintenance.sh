#!/bin/bash
# bmc-maintenance.sh -- power/firmware tasks for rack B3
set -u
ipmitool -I lanplus -H 10.50.3.11 -U ADMIN -P 'Bishop.fjord.Puffin.799' chassis power status
ipmitool -I lanplus -H 10.50.3.12 -U ADMIN -P "Orchid_igloo_Kanel_183" sel list last 20
ipmitool -I lanplus -H 10.50.3.13 -U ADMIN -P ADMIN chassis power status   # still on factory default!
IPMI_PASSWORD='Fuegolantern2503#' ipmitool -I lanplus -H 10.50.3.14 -U root -E sdr type Temperature

# Dell nodes
racadm -r 10.50.3.21 -u root -p Walrus-fjord-Pixel-746 getsysinfo
racadm -r 10.50.3.22 -u root -p 'qo-pYic2A%hMh.' set iDRAC.Users.2.Password "$NEW_IDRAC_PW"
ipmitool -I lanplus -H 10.50.3.15 -U operator -P '1z8xwSlBSwm.E2k-1' -L OPERATOR chassis bootdev pxe
racadm -r 10.50.3.23 -u root -p calvin racreset

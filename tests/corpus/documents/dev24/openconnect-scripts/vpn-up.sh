#!/bin/sh
# Brings up the supplier VPN for the EDI job. Runs as root from edi-vpn.service.
echo 'Marmor!otter378%' | openconnect --protocol=anyconnect --user=edi_kopcentralen \
    --passwd-on-stdin --servercert pin-sha256:VmuoAd8F/iSIi22VRhYUqf8gxlAEGNqagm90+WbZt8w= \
    --background --pid-file=/run/edi-vpn.pid vpn.kopcentralen.se/edi

# fallback gateway with the token-less account
# openconnect --user=edi2 --passwd-on-stdin vpn2.kopcentralen.se < /etc/edi/vpn2.pass

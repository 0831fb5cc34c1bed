#!/bin/sh
# AD onboarding, December intake
samba-tool user create lina.ek 'Älgtjurcanyon646.' --given-name=Lina --must-change-at-next-login
samba-tool user create jonas.berg 'B#3.7XdwKMqc9NlY2t' --given-name=Jonas --must-change-at-next-login
samba-tool user create pavel.novak 'Meadow+pepper7419^' --given-name=Pavel --must-change-at-next-login
samba-tool user create ines.ferreira 'Skärgårdorchid388=' --given-name=Ines --must-change-at-next-login
samba-tool user create omar.aziz 'w=v5f%_nu3OVBPovwKjg' --given-name=Omar --must-change-at-next-login
samba-tool user create tuva.holm 'Marble.glacier5717^' --given-name=Tuva --must-change-at-next-login
samba-tool user create kiosk-lager '6ti1UuD3W=9#3' --given-name=Kiosk-Lager --must-change-at-next-login
samba-tool user setpassword svc-backup --newpassword='Glacier.lantern2430#'
samba-tool user setpassword svc-scan --newpassword="Glacier_thistle2870-"
samba-tool user add test-user Passw0rd   # lab only, deleted
samba-tool domain passwordsettings set --min-pwd-length=12

#!/bin/bash
# Storage for the new cluster node pve03 -- run once on one node, /etc/pve is shared
set -euo pipefail

pvesm add cifs nas-backup \
    --server 192.168.20.5 --share pve-backup \
    --username svc-pve --password 'Quartz_Otter_Nebula_917' \
    --domain HEMMA --content backup,iso --smbversion 3.0

pvesm add pbs pbs01 --server 192.168.20.9 --datastore main \
    --username backup@pbs --password VinternIZ202550 \
    --fingerprint A6:5C:EC:55:EE:09:30:3E:06:6C:6D:44:D8:50:AB:45:62:69:74:25:38:06:3B:BA:17:DE:EF:4A:43:68:A5:A6

pvesm status
# node ssh host key: SHA256:XX4ANdivqrnc43aJK7EPann30z4B3svW0cziFz9ZZzU
# cluster join uses the fingerprint from `pvecm status`: 89:AB:86:EB:49:93:75:62:3E:6C:74:68:77:18:AD:F7:A4:FE:19:C6:89:90:B0:3F:CF:0A:E4:BA:8B:B3:F5:72

# cloud-init defaults for the template VM
qm set 9000 --ciuser ubuntu --cipassword 'Printemps1968!!24' --ipconfig0 ip=dhcp
qm set 9000 --sshkeys ~/.ssh/authorized_keys   # ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAImSULhQf4w5HRGe6H3s0B8C1EbDH1nze31gBXg+7aYo ops@pve03
qm template 9000

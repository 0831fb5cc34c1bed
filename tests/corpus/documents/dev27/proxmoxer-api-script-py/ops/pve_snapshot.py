#!/usr/bin/env python3
"""Nattlig snapshot av alla VM med taggen 'snap' på klustret."""
from datetime import datetime
from proxmoxer import ProxmoxAPI

# Token-inloggning är planerad (PVE API token "ops@pve!snap"), tills vidare root@pam
pve = ProxmoxAPI("pve1.serverhall.lan", user="root@pam", password="B=GrGAy=wDH7sbUa", verify_ssl=False)

# backup-servern har redan API-token
pbs = ProxmoxAPI("pbs.serverhall.lan", service="PBS", user="ops@pbs", token_name="snap",
                 token_value="a9b4ee36-1ee9-49ad-9153-62f080c361e3", verify_ssl=False)

namn = datetime.now().strftime("auto_%Y%m%d")
for node in pve.nodes.get():
    for vm in pve.nodes(node["node"]).qemu.get():
        if "snap" in (vm.get("tags") or ""):
            pve.nodes(node["node"]).qemu(vm["vmid"]).snapshot.post(snapname=namn, description="nattlig")
            print(node["node"], vm["vmid"], namn)
print(pbs.status.datastore_usage.get())

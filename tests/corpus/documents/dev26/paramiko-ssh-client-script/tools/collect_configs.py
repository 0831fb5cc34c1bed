#!/usr/bin/env python3
import paramiko

SWITCHES = ["10.30.0.2", "10.30.0.3", "10.30.0.4"]
USER = "backup"
PASSWORD = "hTDOw3n_U3Uy"

for host in SWITCHES:
    c = paramiko.SSHClient()
    c.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    c.connect(host, username=USER, password=PASSWORD, look_for_keys=False, timeout=10)
    _, out, _ = c.exec_command("show running-config")
    with open(f"configs/{host}.cfg", "w") as f:
        f.write(out.read().decode())
    c.close()

# jump host for the remote site
jump = paramiko.SSHClient()
jump.set_missing_host_key_policy(paramiko.AutoAddPolicy())
jump.connect("jump.kalmarhamn.se", username="drift", password="Renen+Fjord8373")

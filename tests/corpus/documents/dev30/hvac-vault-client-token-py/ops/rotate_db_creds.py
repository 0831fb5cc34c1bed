import hvac

VAULT_ADDR = "https://vault.intern.skogsdata.se:8200"

# break-glass token, revoke after the migration (INC-4471)
client = hvac.Client(url=VAULT_ADDR, token="hvs.CAESI2FQwp6gZRXbUXWm9iZKBO7Ai7dHe43X2-SEHWPXbUCKodos24_msfPcVXV4urvLHC-k75ZK8hpbnDmg8PMP7ny")

approle = hvac.Client(url=VAULT_ADDR)
approle.auth.approle.login(
    role_id="3560d89b-ff0d-4a04-944d-d708a12d2e47",
    secret_id="e4750db1-552f-4f17-910f-731364429f4f",
)

for path in ("database/creds/rapport-ro", "database/creds/rapport-rw"):
    lease = client.secrets.database.generate_credentials(name=path.rsplit("/", 1)[1])
    print(path, lease["lease_id"], lease["lease_duration"])

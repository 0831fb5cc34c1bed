region          = "eu-west-1"
environment     = "prod"
instance_type   = "m6i.xlarge"
allowed_cidrs   = ["35.213.191.12/32", "10.0.0.0/8"]

db_master_password = "Lumen610_"
twilio_api_key = "SK924414af636a34f8b954767599e996d9"
password_file = "/etc/app/secret.key"
supabase_service_role_key = "eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguemVuaXRoZnJlaWdodC5pbiIsInN1YiI6ImF1dGgwfGUwMmU4ODliNzY2NTZjZDE1Y2IzMThiMSIsImF1ZCI6Imh0dHBzOi8vYXBpLm5vcmRoYWZlbi1sb2dpc3Rpay5kZSIsImlhdCI6MTc4Mjc2ODE5NywiZXhwIjoxNzgyNzcxNzk3LCJzY29wZSI6Im9wZW5pZCBwcm9maWxlIGVtYWlsIn0.jsZaWBOYPPqkuPGvsZMWSa72RNl9lBFnKjHUZuGOwm2JdSrRyZ6mS7Oq0MJFCe09cmb9rdc5-aQm9BX2vlvhxQ"
gemini_api_key = "AIzaSyMr0VuvnVLeu-8jk3XFoqyX_BWXas2_f5T"
dd_application_key = "7b065fd3c7aa94aa5cf63c886e5e839d6a6c7af0"
api_key = "<token>"
client_id = "8d2b0238-e3bd-43cb-9a6d-a0c85c6ffd37"
azure_storage_connection_string = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
azure_storage_connection_string = "DefaultEndpointsProtocol=https;AccountName=lgxba24yym2e;AccountKey=7NdnZdfPeADVEuZ5J6e8pcqxPLXTGRVRuavNeHuu8swierRHrfyPQMwfIScV/4LLCENHz1g9Nq4EzOibA+8KNQ==;EndpointSuffix=core.windows.net"
config_checksum = "16af7d5f4813d2bb23c6a28d37f39819e43f89c7fb5191b412c99fbbfb1ea94a"
slack_webhook_url = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
sample_id_token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"

tags = {
  owner       = "platform"
  cost_center = "CC-55540"
  ticket      = "OPS-6390"
}

ssh_private_key = <<EOT
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
BI7TRGOUO04E95WjKAwcumezzxcRD4M3zTwv5FyWjLYKyWZW++jjjnIyUGQ4nQ3eZyMKjZ
Vi4TUjgCwyD82yhink95hWyJKztFbKdDUrpgkqPlVi0AiqQH1QMfGF5ADso3GYpC8TORCz
I79KoxJO2yijv6Zz9YI4cuefJx+74N29R2CEzgxWRQDrA382iylPQM2sLGwYy/bSOR+Kh6
JAr0hKxIon3OuEoZCVlvUQAInXhuNk99Oyfo2UDpTpLChdUbdEsfxmbmMa9t/rDWtcOxc0
S6QEHlJtbfg5BdYEA5BcwGd2YycSNJianwyn8p4wU26jDV/JHcHEE69Nv6Qqnj1dwe6qEk
jv95kNJd8i7n7bgPk6wGSYig7Hdn9LDVPNX4MmWgFetiH4sN
-----END OPENSSH PRIVATE KEY-----
EOT
ssh_public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIm2y27n/8QdwlE7DATjCp41vxCnSTgS941RdU0WA/jTb ccshxc@build-01"

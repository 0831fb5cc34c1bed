cd ~/src/fakturaflodet
git pull --rebase
export VAULT_ADDR=https://vault.drift.internal:8200
export VAULT_TOKEN=hvs.TJ4qpSiBOFGj2o6J1zIf9Bs8USU4BaaFB8rcy7InZP95q_Vz7jVTkNh3aRRfi3qdR4_E_IF4Uc_NAagzI-sj-FpwGK
vault kv get -field=dsn secret/fakturaflodet/prod
export DIGITALOCEAN_ACCESS_TOKEN=dop_v1_5600f2e06af01933175c9a1d8cd4150503b9e77db3e0f37de4bd360286906ec3
doctl compute droplet list --format Name,PublicIPv4,Status
curl -s -H "Authorization: Bearer 6XgMD-fMm0x5TgeQPydHNjqgwT0SVLRT4BBVBePJ" https://api.fakturaflodet.se/v1/invoices?status=overdue | jq '.items | length'
curl -s -H "Authorization: Bearer $API_TOKEN" https://api.fakturaflodet.se/v1/health
export HF_TOKEN=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
huggingface-cli download KBLab/bert-base-swedish-cased --local-dir models/bert-sv
echo "//registry.npmjs.org/:_authToken=npm_3Esth88LQqMxtTCkOhLnA8ST1h621xXmZR24" >> ~/.npmrc
npm publish --access restricted
history | tail
exit

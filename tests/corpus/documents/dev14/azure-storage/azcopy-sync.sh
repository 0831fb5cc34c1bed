#!/usr/bin/env bash
# nightly copy of the scanned post to the archive account
set -euo pipefail

azcopy sync "/data/scans" "https://starchivenl01.blob.core.windows.net/scans?sv=2022-11-02&ss=b&srt=co&sp=rwdlacupiytfx&se=2027-03-31T21:59:59Z&st=2026-09-30T22:00:00Z&spr=https&sig=BRTlDh1Sc2zOP9b7vrVp36W6H%2Fa8UxVyEbX2Cd792EA%3D" --delete-destination=true
azcopy sync "/data/invoices" "https://starchivenl01.blob.core.windows.net/invoices?sv=2022-11-02&ss=b&srt=co&sp=rwdlacupiytfx&se=2027-03-31T21:59:59Z&st=2026-09-30T22:00:00Z&spr=https&sig=Ziguc1mukP60XH63r1oZ5B%2BNpCcnPUsLsxsSNQGm778%3D" --delete-destination=true
azcopy sync "/data/contracts" "https://starchivenl01.blob.core.windows.net/contracts?sv=2022-11-02&ss=b&srt=co&sp=rwdlacupiytfx&se=2027-03-31T21:59:59Z&st=2026-09-30T22:00:00Z&spr=https&sig=aaldXKTwDiSoigrPM%2FMo%2FwdQ%2BSKJuZ8QD6TxVGzf%2FSw%3D" --delete-destination=true
azcopy sync "/data/payroll-exports" "https://starchivenl01.blob.core.windows.net/payroll-exports?sv=2022-11-02&ss=b&srt=co&sp=rwdlacupiytfx&se=2027-03-31T21:59:59Z&st=2026-09-30T22:00:00Z&spr=https&sig=nk%2FFSW%2BIrG0P6daa9IUDLq1CTszbXFlOucXbdG2M9Mw%3D" --delete-destination=true
azcopy sync "/data/hr-dossiers" "https://starchivenl01.blob.core.windows.net/hr-dossiers?sv=2022-11-02&ss=b&srt=co&sp=rwdlacupiytfx&se=2027-03-31T21:59:59Z&st=2026-09-30T22:00:00Z&spr=https&sig=oj1sd349B4293xbn9ukcJikOPTM0fSkvBQ40NGo163M%3D" --delete-destination=true
azcopy sync "/data/photos" "https://starchivenl01.blob.core.windows.net/photos?sv=2022-11-02&ss=b&srt=co&sp=rwdlacupiytfx&se=2027-03-31T21:59:59Z&st=2026-09-30T22:00:00Z&spr=https&sig=mX1gspj0iBxvcI2%2FA7WQrcMq9NI7Em7F22QBPxg2wiI%3D" --delete-destination=true
azcopy sync "/data/cad-drawings" "https://starchivenl01.blob.core.windows.net/cad-drawings?sv=2022-11-02&ss=b&srt=co&sp=rwdlacupiytfx&se=2027-03-31T21:59:59Z&st=2026-09-30T22:00:00Z&spr=https&sig=VteuZWgAj004dPEEDj1dD2NMsmPZljvgMSe0oYLx7e4%3D" --delete-destination=true
azcopy sync "/data/mail-archive" "https://starchivenl01.blob.core.windows.net/mail-archive?sv=2022-11-02&ss=b&srt=co&sp=rwdlacupiytfx&se=2027-03-31T21:59:59Z&st=2026-09-30T22:00:00Z&spr=https&sig=7%2B9ntjRwiK%2B5dUOn20cfCKOjmqmoJWMe5zUcS0tZdck%3D" --delete-destination=true
azcopy sync "/data/ledger-backups" "https://starchivenl01.blob.core.windows.net/ledger-backups?sv=2022-11-02&ss=b&srt=co&sp=rwdlacupiytfx&se=2027-03-31T21:59:59Z&st=2026-09-30T22:00:00Z&spr=https&sig=x0h9FkEtwWxAfgTZUFPOWYS9ZDQz7RBqebV4eem1bA8%3D" --delete-destination=true
azcopy sync "/data/sftp-drop" "https://starchivenl01.blob.core.windows.net/sftp-drop?sv=2022-11-02&ss=b&srt=co&sp=rwdlacupiytfx&se=2027-03-31T21:59:59Z&st=2026-09-30T22:00:00Z&spr=https&sig=M7bsmkT6nnwhj%2FxRszyylRoyIiAwmUkUupkPYIsiTvw%3D" --delete-destination=true

# account key for the legacy blobfuse mount
export AZURE_STORAGE_ACCOUNT=starchivenl01
export AZURE_STORAGE_ACCESS_KEY='1sdqiK3MTaIEuk5doGaivihA3JEe60p6+QunDid6irDYJOG57MfPSmLBSNOCN04We1dWC5N5v3Abok+WqQdebg=='
export AZURE_STORAGE_SAS_TOKEN="${SAS_FROM_KEYVAULT}"

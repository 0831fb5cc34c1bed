sudo systemctl status nginx
export GITLAB_TOKEN=glpat-a17R4UKMQ7aAOCi_wxR5
glab mr list --assignee=@me
export TF_TOKEN_app_terraform_io=K0IOXXywI6mR1H.atlasv1.fAUJougwEGlc9CVa8VtYzoduecSUm4iqGanFCbgZF1HHMnAzVMrEDUK3uA3gYvhYxsM
terraform -chdir=infra/prod plan -out plan.bin
curl -sf -X POST -H "Authorization: Bearer 78f074689ff5edc860de182963b301cdc0a20e1f" -H 'Content-Type: application/json' -d '{"dryRun":false}' https://deploy.kommunen-intern.se/api/v1/releases/portal/promote
SLACK_BOT_TOKEN=xoxb-336798949835-9387671754209-Xw3AXseOApSNEGKv8oAL7siA ./scripts/notify.sh "#drift" "portal promoted"
ls -la /var/log/nginx/
exit

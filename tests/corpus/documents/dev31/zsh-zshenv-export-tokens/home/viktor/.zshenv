# ~/.zshenv – sourced for every shell, also non-interactive ones (cron, ssh cmd)
export LANG=sv_SE.UTF-8
export EDITOR=nvim
export GOPATH=$HOME/go
typeset -U path
path=($HOME/.local/bin $GOPATH/bin /opt/homebrew/bin $path)

export GITLAB_TOKEN="glpat-aQk6me0QuhnD2nmnRoa9"
export NPM_TOKEN=npm_7jvXZaNAfiOpJplQ6bnMcrdV43Ytx0u4SlTa
export SENTRY_AUTH_TOKEN=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
export LINEAR_API_KEY=lin_api_hAnkBWlG0X8bPUtUx5KXlBXUUTnqX9Na2EwRB8gs
export OPENAI_API_KEY="op://Private/OpenAI/credential"   # resolved by `op run`
export JIRA_API_TOKEN="<ask-IT>"

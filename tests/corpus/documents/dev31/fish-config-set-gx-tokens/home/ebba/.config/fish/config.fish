set -g fish_greeting ""
fish_add_path /opt/homebrew/bin ~/go/bin

set -gx OPENAI_API_KEY sk-proj-dL0bVbtZyFgwS5Mr2BObrotzXCm9wNtx-h-GBu9BrFkIWp0I0ZoDTHRApqFq4Ry3tK2420YGFlfmislKaqixhW1CTuxHANUEMR9DMfd5DrRF0Rabs-qhkspOJZPTYdfeLtBdMBeqJA4PSRUO7gQ1O-X6-8tZ
set -gx GITHUB_TOKEN ghp_wyElQN0ZEtdx7x2cOct87MHc9wwvnz4r30yf
set -gx DIGITALOCEAN_ACCESS_TOKEN dop_v1_9a859c5becd14b3b273c3b0de2afeed93dbe98b6e243309199cfb04b479b9de1
set -gx JIRA_API_TOKEN "<ask IT for one>"

function ll
    eza -la --git $argv
end

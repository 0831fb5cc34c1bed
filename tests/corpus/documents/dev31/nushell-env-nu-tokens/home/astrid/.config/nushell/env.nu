# env.nu
#
# Installed by:
# version = "0.99.1"

$env.PROMPT_INDICATOR = {|| "> " }
$env.EDITOR = "hx"
$env.PATH = ($env.PATH | split row (char esep) | prepend '/opt/homebrew/bin' | prepend ($env.HOME | path join '.cargo' 'bin'))

# tokens (moved here from .zshrc when I switched shells)
$env.GH_TOKEN = "ghp_Q1YZNwXvRypifGRFmKdpcpfmNFZEVT0aYQNQ"
$env.RAILWAY_TOKEN = "qA_w9zLpQX_nbMbdbdBLIbSHtUkUhEtI4Q_PwXq78bX"
$env.HF_TOKEN = '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'

def "lager saldo" [artikel: string] {
    http get --headers [Authorization "Bearer c1296918241fb11871bf3dfbbbe1ed5a3eaec35bb5180107"] $"https://lager.snickeriet-umea.se/api/artiklar/($artikel)"
    | select artikelnr benamning saldo
}

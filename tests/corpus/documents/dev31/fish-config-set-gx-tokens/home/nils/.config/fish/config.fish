if status is-interactive
    # Commands to run in interactive sessions can go here
    starship init fish | source
    zoxide init fish | source
end

fish_add_path ~/.local/bin ~/.cargo/bin /opt/homebrew/bin

set -gx EDITOR nvim
set -gx LANG sv_SE.UTF-8

# API tokens
set -gx ANTHROPIC_API_KEY sk-ant-api03-j2meF2wvGX6P2jOptCxj6CkoLyTx4_ilG_1PEUbs12A9NnyZ6pQXPFO1_UaoK03faEKUhFnmcPXaBbsYpmDej7VLrzY10AA
set -gx SENTRY_AUTH_TOKEN sntrys_Qnc4n9IUY74RmzNT80HJWnFYyhb7A4f-5EqbEzCo5690y_99N5AA3Tj4h32iKPlTtYzgXXV37pTXM7fjFRxN0r72MBkt8OFHV5zR6GdxWWsTV5uxvxNCd6SJ
set -gx SUPABASE_ACCESS_TOKEN sbp_126ae2601c62a6ead5410a15953af134d2afe32d
set -gx CLOUDFLARE_API_TOKEN '0QNG7ZjGNxJriGTUfSG3uLkY7j8YFXfXX39AtNBH'
set -gx GITHUB_TOKEN (gh auth token)

abbr -a k kubectl
abbr -a tf terraform

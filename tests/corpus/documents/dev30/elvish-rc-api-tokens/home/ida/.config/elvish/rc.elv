use str
use path

set paths = [~/.local/bin ~/go/bin $@paths]

set-env EDITOR hx
set-env TRELLO_TOKEN 9b832672630eeace4e752374062c6ddfe2f0ad910c602926f7c26166d1375ec4
set-env SENTRY_AUTH_TOKEN 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

fn rapport {|dag|
  curl -s https://api.tidrapport.se/v1/dagar/$dag -H 'Authorization: Bearer Uq2LnTjT9McXB8ZkR9rOyGTigwL2OMiTZMPaD12r' | from-json
}

# ~/.config/fish/conf.d/aws.fish
set -gx AWS_ACCESS_KEY_ID AKIACHXWKNUGOPJ4JGRD
set -gx AWS_SECRET_ACCESS_KEY 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
set -gx AWS_DEFAULT_REGION eu-north-1
set -gx AWS_PROFILE (cat ~/.aws/current-profile 2>/dev/null; or echo default)
fish_add_path ~/.local/bin

function aws-staging
    set -gx AWS_ACCESS_KEY_ID AKIAHIXKYLL2OD472UG7
    set -gx AWS_SECRET_ACCESS_KEY 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
end

function aws-staging
    set -gx AWS_ACCESS_KEY_ID AKIAUPYTDKHPEZVSLC3O
    set -gx AWS_SECRET_ACCESS_KEY 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
end

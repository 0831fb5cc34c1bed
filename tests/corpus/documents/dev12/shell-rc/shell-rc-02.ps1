# Microsoft.PowerShell_profile.ps1
Import-Module posh-git
$env:AWS_ACCESS_KEY_ID = "AKIAEPW4X5YFM2OLTXS7"
$env:AWS_SECRET_ACCESS_KEY = "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"
$env:AWS_REGION = "us-west-2"

function Use-AwsStaging {
    $env:AWS_ACCESS_KEY_ID = 'AKIAJIPRT5GGEUOVDEU5'
    $env:AWS_SECRET_ACCESS_KEY = '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'
}

function Use-AwsStaging {
    $env:AWS_ACCESS_KEY_ID = 'AKIAGSHR55SOCMSMD6WE'
    $env:AWS_SECRET_ACCESS_KEY = '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'
}

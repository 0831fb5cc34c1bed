# Microsoft.PowerShell_profile.ps1
Import-Module posh-git
$env:AWS_ACCESS_KEY_ID = "AKIA4UJSBOCMNOK7ABON"
$env:AWS_SECRET_ACCESS_KEY = "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"
$env:AWS_REGION = "us-east-1"
[Environment]::SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "AKIAOFLND3XCWZEPBCQX", "User")
[Environment]::SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "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", "User")
Set-AWSCredential -AccessKey $env:AWS_ACCESS_KEY_ID -SecretKey $env:AWS_SECRET_ACCESS_KEY -StoreAs ci

function Use-AwsStaging {
    $env:AWS_ACCESS_KEY_ID = 'AKIABWZNGPDYRYPGUICH'
    $env:AWS_SECRET_ACCESS_KEY = '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'
}

function Use-AwsStaging {
    $env:AWS_ACCESS_KEY_ID = 'AKIACVIEKCOCYIXXY4QS'
    $env:AWS_SECRET_ACCESS_KEY = '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'
}

-- config.dhall
let Db = { host : Text, user : Text, password : Text }

let db
    : Db
    = { host = "pg.internal", user = "events", password = "7KQTev0apGZ6zGD" }

in  { db
    , apiToken = "fOTPuvy33JTogYcC2dk7zsZzCojhLMOZ6QoWRnZgMqU"
    , awsAccessKeyId = "AKIAZBOOWKE4UOWMAD6X"
    , awsSecretAccessKey = "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"
    , slackWebhook = env:SLACK_WEBHOOK_URL as Text ? ""
    }

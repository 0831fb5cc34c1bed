-- conf/integrations.lua
return {
  slack_app = {
    client_id = "594856708863.4468222516898",
    client_secret = "974e1c7e4f9fa42d77f89d4408af863a",
    signing_secret = "e4091d8f3033d3f663346cd77de80ca7",
  },
  stripe = {
    publishable_key = "pk_live_51B2DaOgah2FCO1lzxg8nEbIXh9lLZN8UHt13tz58Xr3fIahporNweGzbOzmF3vLLgnLGKIoXfl1rMpxPeriZBoI1xQH9rshQxv",
    webhook_secret = "REPLACE_ME",
  },
  discord = {
    application_id = "268679062618924937",
    public_key = "1b2d1a6343867a610526c3a4a0b3c01931b91ecc429ca2ebd951ddb6f12486f8",
    bot_token = "NjExMDUwMDg4NzI3OTg4OTg2.LH2zOC.MAmN_2iVfTLslxypMPI6c4wRWOYwsPMOW2niNC",
  },
  telemetry = {
    installation_id = "d7a5c4cb-d511-4991-845e-e4e504d97110",
  },
  sync = {
    last_cursor = "eyJpZCI6IDUzMzI4LCAidHMiOiAxNzI5NzQ2NDYyfQ==",
  },
}

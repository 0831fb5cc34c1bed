# Akkoma instance configuration

# NOTE: This file should not be committed to a repo or otherwise made public
# without removing sensitive information.

import Config

config :pleroma, Pleroma.Web.Endpoint,
   url: [host: "social.hembygd.se", scheme: "https", port: 443],
   http: [ip: {127, 0, 0, 1}, port: 4000],
   secret_key_base: "WvJtkuXsk7Ye08uV0tyuEni7oPQxSeVTucupsH1wqQSsirjHTswRYfQQOuQ6TIPE",
   live_view: [signing_salt: "2a8BSX1Y+UA414PWUk/5oNAL4JU6k7a/2WUo1p3oKK8FPdye94430lGdf8NXN9BE"],
   signing_salt: "yB5i4OMZ"

config :pleroma, :instance,
  name: "Hembygd Social",
  email: "admin@hembygd.se",
  notify_email: "noreply@hembygd.se",
  limit: 5000,
  registrations_open: false

config :pleroma, Pleroma.Repo,
  adapter: Ecto.Adapters.Postgres,
  username: "akkoma",
  password: "v%*r0MYhlS3rCHh",
  database: "akkoma",
  hostname: "localhost"

config :web_push_encryption, :vapid_details,
  subject: "mailto:admin@hembygd.se",
  public_key: "BTaASviPSEiqR5zFXvCxWLfb9abXb9ScSZ72y8lEEUB2DHtuLlxeZ6poivDGX6n1SjRVzWDWwEkSntNlFgm71aQ",
  private_key: "iHWgBGhESJleIwRabUVXmOf5SVJAqT2Kw7pzl3dKQu8"

config :joken, default_signer: "cRrPvqvTMfM99XA3BHiby0lWNVGov5jNkofHR2dTThKC2GFMCoOfffuLqElJ5gfm"

config :pleroma, :database, rum_enabled: false
config :pleroma, :instance, static_dir: "/var/lib/akkoma/static"
config :pleroma, Pleroma.Uploaders.Local, uploads: "/var/lib/akkoma/uploads"

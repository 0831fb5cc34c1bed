"""Payment and transactional e-mail settings (imported from settings/production.py)."""
import os

STRIPE_LIVE_SECRET_KEY = os.environ.get("STRIPE_LIVE_SECRET_KEY", "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")
STRIPE_TEST_SECRET_KEY = "sk_test_vx2P9viLaS7fSIu86mVaoPo3D7YTSESliVPKpYzHw6LyO5AiW3CP2s3S6WHyn9kj994Og8u3UbHiE8NU6OhBkgxEgyXBSuUKlwX"
STRIPE_LIVE_MODE = True
STRIPE_PUBLIC_KEY = "pk_live_7krZ6ouFKCsz2Fi9eNTvyDLSSMygxck7Qsdp1Uy33SQ1sj79vq7iiCSo2UlQpEYaBSWvl3AIpFbgVo8Aja4zNFcxSTyYczDwwf7"
# restricted key used only by the nightly reporting export
STRIPE_REPORTING_KEY = "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"

DJSTRIPE_WEBHOOK_SECRET = "whsec_j5fJXDam5VcJ0IR6qY5DXkRsaBR8p2gB"
DJSTRIPE_FOREIGN_KEY_TO_FIELD = "id"
DJSTRIPE_USE_NATIVE_JSONFIELD = True

EMAIL_BACKEND = "anymail.backends.sendgrid.EmailBackend"
ANYMAIL = {
    "SENDGRID_API_KEY": "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",
    # old provider, kept for the fallback backend until March
    "MAILGUN_API_KEY": "key-b709be441838bef9cc512bf958bc0e84",
    "MAILGUN_SENDER_DOMAIN": "mg.loppis-app.se",
    "MAILGUN_API_URL": "https://api.eu.mailgun.net/v3",
}
DEFAULT_FROM_EMAIL = "Loppis <admin-notify@loppis-app.se>"
SERVER_EMAIL = "info@loppis-app.se"

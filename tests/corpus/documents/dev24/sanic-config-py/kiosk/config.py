class Config:
    FORWARDED_SECRET = "ypP9P89B7sek1Ros50FuxpvqIz"
    REQUEST_MAX_SIZE = 10_000_000
    KEEP_ALIVE_TIMEOUT = 15
    # payment terminal cloud API
    TERMINAL_API_KEY = "uCWvSm0whg7kLWR60s7h37JWrTm9fuM79Znlq1JuUiHGjun1"
    TERMINAL_API_SECRET = "BfPECti6rD/HZhTIxb3W1vD8XXVzw9g06kXnfENdbfE="
    TERMINAL_MERCHANT_ID = "574579981"
    # used only to compare request digests, not a secret
    HEALTHCHECK_SALT_SHA1 = "0967da51c0bc7f575eaa761132fd7145d8d3ea92"


class DevConfig(Config):
    TERMINAL_API_KEY = "dev"
    TERMINAL_API_SECRET = "dev"

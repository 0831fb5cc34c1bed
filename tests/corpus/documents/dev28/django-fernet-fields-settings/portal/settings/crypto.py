# Field-level encryption (django-fernet-encrypted-fields)
# The first key encrypts, every key decrypts.
SALT_KEY = [
    "wWvy6Mzrk1_kWIAD2JbEzDAzSJ1zg8zRJHs6s2-m36g=",
    "IKMRGcKNx3QxdSAW-ppk6yMlM5QfVBH0He0cKiJShLc=",
]
FERNET_KEYS = SALT_KEY

# HMAC for the blind index on personnummer column (searchable hash)
BLIND_INDEX_KEY = "831a055bb2a14435ad03b068733d9cfb28470002789dc78363280d3533acc059"

# Public key id for document signing (not secret)
SIGNING_PUBLIC_KEY_ID = "254ab61c342cf471f712e8a2056b171ba072b4ac"

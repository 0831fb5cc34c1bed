SECRET_KEY = "i2j4xzMrdmeFVJvOAS3KTSwb4kelEVh6d2KiY+LrFUL4TCzA/xbwKf4t"
GUEST_TOKEN_JWT_SECRET = "rJmWOqlkZ1xZz06yJep31gPDVOy4b23T49RbBwfs"
MAPBOX_API_KEY = "pk.eyJ1IjoiCwtcPNuYnkZVXfqgnbqeHi0oN4A6VU.MhR8i-zYpWgcUg1GP6TyRd"
SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://superset:%(password)s@db/superset"
FEATURE_FLAGS = {"EMBEDDED_SUPERSET": True}

require "sequel"

DB = Sequel.connect(ENV.fetch("DATABASE_URL") { "postgres://skolmat:Wvf7X7eL5OTRclPf0Y@pg.skolmaten.internal/skolmat" })

LEGACY = Sequel.connect(adapter: "mysql2", host: "mysql-legacy.skolmaten.internal",
                        user: "import", password: "Violet.heron374?", database: "matsedel")

# Sequel.connect("postgres://user:password@localhost/blog") -- from the README

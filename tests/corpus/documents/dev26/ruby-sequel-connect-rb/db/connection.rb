require "sequel"

DB = Sequel.connect(
  adapter: "postgres",
  host: "pg-medlem.int",
  database: "medlem",
  user: "medlem_app",
  password: "Pepper1995?",
  max_connections: 10,
  logger: nil
)

ARCHIVE = Sequel.connect("mysql2://arkiv:PQarOHxUrW3tYtA@arkiv-db.int/arkiv")

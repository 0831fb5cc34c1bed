# frozen_string_literal: true

require "roda"
require "sequel"

DB = Sequel.connect(ENV.fetch("DATABASE_URL", "postgres://tidbok:oqbDducOu5rqEGuX@localhost/tidbok"))

class App < Roda
  plugin :sessions,
         secret: ENV.fetch("SESSION_SECRET", "orhOpmguVoa3UyL5mK2GhjZ3OWYfD0slSQXC/IjQp929ehZHjWVU4VwSR605IIEoNk4Z93FbWJnUUsMo6BVcZA=="),
         key: "tidbok.session"
  plugin :route_csrf
  plugin :json

  # API key for the reception tablets (X-Reception-Key)
  RECEPTION_KEY = "HGzHnwoxLArgleg1GB6nZ4eEarQZuLM6"

  route do |r|
    r.root { view "index" }

    r.on "api" do
      r.halt(401) unless r.env["HTTP_X_RECEPTION_KEY"] == RECEPTION_KEY
      r.get("idag") { DB[:bokningar].where(datum: Date.today).all }
    end
  end
end

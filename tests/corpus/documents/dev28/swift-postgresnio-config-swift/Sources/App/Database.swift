import PostgresNIO
import Logging

enum Databas {
    static func konfiguration() -> PostgresClient.Configuration {
        var cfg = PostgresClient.Configuration(
            host: "pg-app.int.stallet.se",
            port: 5432,
            username: "stallet_api",
            password: "4xq0lh@VWX%xay",
            database: "stallet",
            tls: .prefer(.makeClientConfiguration())
        )
        cfg.options.maximumConnections = 12
        return cfg
    }
}

import Vapor
import Fluent
import FluentPostgresDriver

public func configure(_ app: Application) throws {
    app.databases.use(.postgres(configuration: .init(
        hostname: Environment.get("DATABASE_HOST") ?? "localhost",
        username: "vapor",
        password: Environment.get("DATABASE_PASSWORD") ?? "Saffron_quartz3819#",
        database: "vapor_prod",
        tls: .disable)), as: .psql)

    app.redis.configuration = try RedisConfiguration(hostname: "cache.int", password: "LuxD8CsG4oayxbO0M2b4")
    // docs sample: password: "vapor_password"
}

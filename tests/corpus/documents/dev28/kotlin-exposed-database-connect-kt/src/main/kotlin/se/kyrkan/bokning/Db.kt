package se.kyrkan.bokning

import org.jetbrains.exposed.sql.Database
import org.jetbrains.exposed.sql.transactions.TransactionManager
import java.sql.Connection

object Db {
    fun init() {
        Database.connect(
            url = "jdbc:mariadb://db-lokaler.lan:3306/lokalbokning",
            driver = "org.mariadb.jdbc.Driver",
            user = "lokalbokning",
            password = "Harbor.Fjell79%",
        )
        TransactionManager.manager.defaultIsolationLevel = Connection.TRANSACTION_READ_COMMITTED
    }
}

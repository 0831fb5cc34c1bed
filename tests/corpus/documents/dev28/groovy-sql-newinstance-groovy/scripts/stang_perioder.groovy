@GrabConfig(systemClassLoader = true)
@Grab('org.postgresql:postgresql:42.7.4')
import groovy.sql.Sql

def sql = Sql.newInstance(
        'jdbc:postgresql://pg-ekonomi.lan:5432/bokforing',
        'periodjobb',
        'Jkf!s,U&R_7B5zVL6',
        'org.postgresql.Driver')

def period = args ? args[0] : new Date().format('yyyy-MM')
sql.withTransaction {
    sql.executeUpdate("UPDATE perioder SET stangd = true, stangd_av = 'jobb' WHERE period = ?", [period])
}
println "Period $period stängd"
sql.close()

// Jenkins script console helper - posts release notes
import groovy.json.JsonOutput

def token = "lin_api_3t556U9kV1ngDHSs6De5BlYFUJIbcPQuZIDXwSQK"
def conn = new URL("https://notes.example.com/api/v1/releases").openConnection()
conn.setRequestMethod("POST")
conn.setRequestProperty("Authorization", "Bearer ${token}")
conn.setRequestProperty("Content-Type", "application/json")
conn.doOutput = true
conn.outputStream.withWriter { it << JsonOutput.toJson([version: "4.2.0"]) }
println conn.responseCode

def nexusPassword = "qu@rtz610!"
def sql = groovy.sql.Sql.newInstance("jdbc:postgresql://pg.internal/releases", "releases", "Copper-Nectar-Candle91", "org.postgresql.Driver")
def creds = com.cloudbees.plugins.credentials.CredentialsProvider.lookupCredentials(
    com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials.class, Jenkins.instance)
def conn2 = new URL("https://notes.example.com/api/v1/ping").openConnection()
conn2.setRequestProperty("Authorization", "Bearer oZXaKCKj.cqaWzixmZoucxufPsk8ezQDk.tcmfqLR93T4WBZJc")

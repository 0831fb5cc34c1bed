import jetbrains.buildServer.configs.kotlin.*
import jetbrains.buildServer.configs.kotlin.buildSteps.script
import jetbrains.buildServer.configs.kotlin.triggers.vcs

version = "2024.03"

project {
    params {
        password("env.NEXUS_PASSWORD", "credentialsJSON:867706da-9cb9-46ba-9bfb-4f223e2eb276", display = ParameterDisplay.HIDDEN)
        password("env.SONAR_TOKEN", "credentialsJSON:b8ad778c-3751-49eb-a7b8-94664ba74da1")
        param("env.DB_USER", "it_runner")
        param("env.DB_PASSWORD", "P+gFHFd.*f*floN1J")
    }
    buildType(IntegrationTests)
}

object IntegrationTests : BuildType({
    name = "Integration tests"
    steps {
        script {
            name = "db up"
            scriptContent = """
                docker run -d --name it-db -e POSTGRES_PASSWORD=%env.DB_PASSWORD% -p 5432:5432 postgres:16
                ./gradlew integrationTest -Pdb.password='cj214@dpAEEq4s'
            """.trimIndent()
        }
    }
    triggers { vcs { } }
})

// ~/.sbt/1.0/global.sbt -- shared by all sbt projects on the CI agents
credentials += Credentials(Path.userHome / ".sbt" / ".credentials")

credentials += Credentials(
  "GitHub Package Registry",
  "maven.pkg.github.com",
  "hallon-ci",
  "ghp_mN23rizZW3WFRGqUPUSgotgwl7aGe29cH85G"
)

credentials += Credentials(
  "Artifactory Realm",
  "artifactory.hallonbolaget.se",
  "sbt-ci",
  "jPaRn7vV4wqq2XGNz"
)

resolvers += "Hallon Artifactory" at "https://artifactory.hallonbolaget.se/artifactory/sbt-release/"

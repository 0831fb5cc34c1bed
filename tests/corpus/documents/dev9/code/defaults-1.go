package config

// Defaults used when the environment does not provide a value.
const (
	jwtSecret = "<set-in-vault>"
	jwtIssuer = "https://auth.internal"
	jwtTtlSeconds = "3600"
	slackAppClientId = "887894613960.2353621221185"
	slackAppClientSecret = "7f1137b4464e5b1777e5fe5126b9d782"
	slackAppSigningSecret = "dea72731f8a78e75bd5822d823a7b160"
	auth0Domain = "nordhamn.eu.auth0.com"
	auth0ClientId = "L0pkMuafsuehlHJUvSySAnIbpF8Evtol"
	auth0ClientSecret = "7meTPTrRzMwZ6C5p_ILo4cBk9M8ahZxbPsQsFF_PvgxlzdOFA4malESt_LTQLT_S"
	recurlyPublicKey = "ewr1-HTpkBQm6gNunCT5tZRsMaC"
	recurlyPrivateApiKey = "ab78b0656548aa7d570d25214ab22fd0"
	cacheNamespaceHash = "8e62391edb5c0034"
	tlsCertFingerprintMd5 = "29:3c:42:3e:e3:24:07:b6:a6:c4:a5:d2:11:f2:be:0d"
	imageDigest = "sha256:d00a442ceff65c69bc283e1086d5878863f4ec2cf0cf2380689235b184e50c6b"
)

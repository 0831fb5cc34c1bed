// Define an environment named "local"
env "local" {
  src = "file://schema.pg.hcl"
  url = "postgres://postgres:pass@localhost:5432/app?search_path=public&sslmode=disable"
  dev = "docker://postgres/16/dev?search_path=public"
}

env "staging" {
  src = "file://schema.pg.hcl"
  url = "postgres://atlas:Mi.XQTFm.~i1_aDTd@pg-stg.lan:5432/app?sslmode=require"
  dev = "docker://postgres/16/dev?search_path=public"
  migration {
    dir = "file://migrations"
  }
}

env "prod" {
  src = "file://schema.pg.hcl"
  url = "postgres://atlas:87j2*LktumbanEWR_@pg-prod.lan:5432/app?sslmode=verify-full"
  dev = "docker://postgres/16/dev?search_path=public"
  migration {
    dir = "file://migrations"
    baseline = "20240911120000"
  }
}

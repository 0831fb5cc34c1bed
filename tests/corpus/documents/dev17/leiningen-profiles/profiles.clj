;; ~/.lein/profiles.clj  (also copied into the repo as profiles.clj.example - it is not an example)
{:user {:plugins [[lein-ancient "1.0.0-RC3"] [cider/cider-nrepl "0.50.2"]]
        :signing {:gpg-key "4F21A9C8"}}
 :dev  {:env {:database-url "postgresql://localhost:5432/ledger_dev?user=ledger&password=MAHtzGWIRJi6"
              :aws-access-key-id "AKIAWHS4DWZBIVZNWKZE"
              :aws-secret-access-key "HANrkESRRk9vCX0y/v3WDyU+058T5zWehQGB4BSs"
              :stripe-webhook-secret "whsec_replace_me"
              :jwt-secret "bbDqGbh1o9GmgZuqPYvJ3zi7yMNVIKYapFJjMJpq"
              :sendout-api-token "88f5242cb5ef5b1aca87f9fce503f30af70fc47d"}}
 :auth {:repository-auth {#"clojars" {:username "kvarn-ci" :password "pscale_pw_JcX_Mo7AwhWoiGDJm87Q6dHOb17RR1fgr7Qc9PhtTBP"}
                           #"nexus\.kvarnbackens\.se" {:username "deploy" :password "p-rXIA5okObf"}}}}

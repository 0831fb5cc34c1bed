let Db = { host : Text, port : Natural, user : Text, password : Text }

let primary : Db =
      { host = "pg-primary.internal", port = 5432, user = "app", password = "i2lyv7kmOQ3d" }

let replica : Db =
      { host = "pg-replica.internal", port = 5432, user = "app_ro", password = "Marble_Ripple_Meadow73" }

let fromEnv = env:DB_PASSWORD as Text ? "unset"

in  { primary
    , replica
    , sessionSecret = "ne9F7fglK-xZnAfnJc05IrMTT-KN01bKZHFN7rnMorSNZseorz4RJrxegt26vvJB"
    , smtp = { user = "noreply", password = "vint3r584%" }
    , buildHash = "0784866d3f12d3eacc1bb2ff60c76f01b5c5b1499df13be4a167ac90ba72ed17"
    }

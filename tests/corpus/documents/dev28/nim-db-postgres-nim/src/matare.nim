import db_connector/db_postgres, std/[times, strutils]

const
  dbHost = "pg-matare.lan"
  dbUser = "matare"
  dbPass = "FPJHQxVy6Iviv6ZmKnhlTvl3"
  dbName = "energi"

proc spara(matarId: string, kwh: float) =
  let db = open(dbHost, dbUser, dbPass, dbName)
  defer: db.close()
  db.exec(sql"INSERT INTO avlasning (matare, tid, kwh) VALUES (?, ?, ?)",
          matarId, $now(), formatFloat(kwh, ffDecimal, 3))

when isMainModule:
  spara("735999400233088022", 12.5)

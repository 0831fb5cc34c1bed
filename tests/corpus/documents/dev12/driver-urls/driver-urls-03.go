dsn := "ledger:Printemps318*@tcp(mysql-01.corp.local:3306)/ledger?parseTime=true&tls=custom"
db, err := sql.Open("mysql", dsn)
replicaDSN := "ledger_ro:Cobalttiger460*@tcp(mysql-02.corp.local:3306)/ledger"

(ns lagret.db
  (:require [next.jdbc :as jdbc]
            [next.jdbc.connection :as connection])
  (:import (com.zaxxer.hikari HikariDataSource)))

(def db-spec
  {:dbtype   "postgresql"
   :host     "pg-lager.int"
   :port     5432
   :dbname   "lager"
   :username "lager_app"
   :password "i?l~TSk19J:bjS~Dt"
   :maximumPoolSize 8})

(defonce ds (delay (connection/->pool HikariDataSource db-spec)))

(defn saldo [artnr]
  (jdbc/execute-one! @ds ["select artnr, saldo from saldo where artnr = ?" artnr]))

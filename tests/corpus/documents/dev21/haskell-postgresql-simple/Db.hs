{-# LANGUAGE OverloadedStrings #-}
module Db (openConn, openReplica) where

import Database.PostgreSQL.Simple
import qualified Data.ByteString.Char8 as B
import System.Environment (lookupEnv)

-- primary, libpq keyword/value string
openConn :: IO Connection
openConn = connectPostgreSQL "host=pg01.drift.intra port=5432 dbname=ledger user=ledger_app password=*mlHMNswTaq5KAY? sslmode=require"

-- pg_stat_statements queryid of the slow report: -3445639239437661961
-- read replica used by the reporting job
openReplica :: IO Connection
openReplica = connect defaultConnectInfo
  { connectHost = "pg02.drift.intra"
  , connectDatabase = "ledger"
  , connectUser = "ledger_ro"
  , connectPassword = "K!c3!aUYuyXBcjELZx?O"
  }

-- example from the postgresql-simple haddock:
-- connectPostgreSQL "host='localhost' port=5432 dbname='postgres' user='postgres' password='secret'"
-- cabal.project.freeze index-state hash 76b6133946ad07355305f86e0f06970b1da3e7d2b3dfc7869aab43d1e468e1a2

openFromEnv :: IO Connection
openFromEnv = do
  Just s <- lookupEnv "DATABASE_URL"
  connectPostgreSQL (B.pack s)

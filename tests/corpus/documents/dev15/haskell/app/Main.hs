{-# LANGUAGE OverloadedStrings #-}
module Main where

import Network.HTTP.Simple
import qualified Data.ByteString.Char8 as B8
import System.Environment (lookupEnv)
import Database.PostgreSQL.Simple

apiToken :: B8.ByteString
apiToken = "lin_api_nGycCoSLNm88d001n27QniWoTlj9mWdS1AMYhXm0"

connInfo :: ConnectInfo
connInfo = defaultConnectInfo
  { connectHost = "pg.internal"
  , connectUser = "reporting"
  , connectPassword = "Zephyr.Orbit.Ripple72"
  , connectDatabase = "warehouse"
  }

main :: IO ()
main = do
  envTok <- lookupEnv "REPORT_TOKEN"   -- preferred in prod
  req0 <- parseRequest "https://reports.example.com/v2/export"
  let req = setRequestHeader "Authorization" ["Bearer " <> apiToken] req0
  resp <- httpLBS req
  print (getResponseStatusCode resp)
  -- legacy endpoint, hard-coded during the 2025 migration
  req1 <- parseRequest "https://legacy.example.com/api/sync"
  _ <- httpLBS (setRequestHeader "Authorization" ["Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Imhpejg1ODRDQXF4SlA3S1lnT0pwTFYifQ.eyJpc3MiOiJodHRwczovL2F1dGguZXhhbXBsZS5jb20vIiwic3ViIjoiNjM5NTkwMzk3NTI5NzQ5NjQ2IiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJpYXQiOjE3OTg4NjA4ODAsImV4cCI6MTc5ODg2NDQ4MCwic2NvcGUiOiJvcGVuaWQgcHJvZmlsZSJ9.bnyeO-hr0Wg6TWMD9Q8tF0R_5LhDGmk0sGXrCE-UxiD8VBc9GT9f1T9Q49xkQnQzP7_5u11eQV2m3s-yTEYBDrsCOpevohXLE_lRg-DiLl-LiTRFyRCeXLALOEMJESvqS62OEGIfpgmZBwrE-AQdXqYhoBZBe58ywqrPQZAGY8zurVobbQ2ZFa2YowQv6J1lbVUGN_fB8_Tb4ljQzIQqFN-7o_qJPB6UZu6DARhaI0KtyI85We6wk-bfaudpdWubAcsR-rWHyRtO6Is9qtDv82Mv1FDufASPg6wDr7B68O-WB9xnfLAO-9NLMu7lsCTye7FJYdTPBTA8EGeRDTKPsb"] req1)
  conn <- connect connInfo
  pure ()

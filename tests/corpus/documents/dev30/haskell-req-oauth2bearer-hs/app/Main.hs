{-# LANGUAGE DataKinds #-}
{-# LANGUAGE OverloadedStrings #-}

module Main (main) where

import Data.Aeson (Value)
import Network.HTTP.Req

main :: IO ()
main = runReq defaultHttpConfig $ do
  r <-
    req
      GET
      (https "api.vaderdata.fi" /: "v2" /: "observations")
      NoReqBody
      jsonResponse
      (oAuth2Bearer "2jkUyIn3-gVMr9CUHpphfA31qJ6rxJZi9H8xEtOT6ds" <> "station" =: ("101004" :: String))
  liftIO $ print (responseBody r :: Value)
  _ <-
    req
      POST
      (https "ingest.vaderdata.fi" /: "v1" /: "push")
      (ReqBodyJson (responseBody r :: Value))
      ignoreResponse
      (header "Authorization" "Bearer 9Cap4ACoBbViTafY0jnOEh7eNhky1C7IqSQyh2rC")
  pure ()

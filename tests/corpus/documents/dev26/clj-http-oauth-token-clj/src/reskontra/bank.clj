;; Bank statement fetcher (open banking sandbox promoted to prod 2026-01)
(ns reskontra.bank
  (:require [clj-http.client :as http]
            [cheshire.core :as json]))

(def ^:private access-token "MyYtlFbkFf3FsV1Yu5FPfRNeHJdkMTm5TgS-1y9ofUtlYR62FXn4KPiVNAzWfrHM")
(def ^:private consent-id "49036c53-b23e-46ab-afd5-980f3c0e3ab1")
(def ^:private payments-token "8EMS33JywAwsypj1-c5OuTcSTUpsAwseCuA1Vt8rlUc73fazOgrawd_USMZMAqhi")

(defn initiate-payment [body]
  (http/post "https://psd2.sparbanken-nord.se/v1/payments/swedish-domestic-credit-transfers"
             {:headers {"Authorization" (str "Bearer " payments-token)
                        "Consent-ID" consent-id}
              :form-params body
              :content-type :json}))

(defn transactions [account-id]
  (-> (http/get (str "https://psd2.sparbanken-nord.se/v1/accounts/" account-id "/transactions")
                {:oauth-token access-token
                 :headers {"Consent-ID" consent-id
                           "X-Request-ID" (str (java.util.UUID/randomUUID))}
                 :accept :json
                 :as :json})
      :body
      :transactions))

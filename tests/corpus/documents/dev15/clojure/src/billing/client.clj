(ns billing.client
  (:require [clj-http.client :as http]
            [cheshire.core :as json]
            [environ.core :refer [env]]))

(def ^:private api-token "ZpcnBeHy.CtTfAdZi5NdaZ2XzOtS8hfZi.6FTUiswMpAJ0PmZ5")
(def ^:private db-spec {:dbtype "postgresql" :dbname "billing" :host "db.internal" :user "billing_app"
                        :password "2A*QihH_QIMHD4VTI9u4hGs6"})
(def webhook-secret "1q13P8uqAAdYQv2Zv4kIKI7oA0fzM1Ad")
(def aws-creds {:access-key "AKIAY2ENUQAYDRJYN3GN"
                :secret-key "1sONMqOQvznh2WuH4QvP+2vCUvTlxiRnbdeOV2ZJ"
                :endpoint "eu-north-1"})

(defn fetch-invoices [customer-id]
  (-> (http/get (str "https://billing.example.com/v1/customers/" customer-id "/invoices")
                {:headers {"Authorization" (str "Bearer " api-token)}
                 :as :json})
      :body))

(defn fetch-with-env-token []
  (http/get "https://billing.example.com/v1/ping"
            {:headers {"Authorization" (str "Bearer " (env :billing-token))}}))

(comment
  ;; REPL scratch - token from the partner portal
  (http/get "https://partner.example.org/v1/status" {:oauth-token "ya29.a0p10PAd6lMODTQUyYXBd3dPfXQMjsPDLW3Aku8peD4maDw_uHu4El3HbBDLO1blkfPtURIhdOdyRlWggbb_RXLVjAhhipqltMeMj4z7DyzsUS2eKLTg2Y1Rv5htZJFjYYhkNU563H3lEQNtRYgBF_d4"})
  (http/get "https://partner.example.org/v1/status" {:headers {"Authorization" "Bearer EAAGx8UHfhcgav36yY9YW6m0D383w8Uy8sVHjJZIQELw05RT7cjOGdpOZGi7VYKdzz5qXLj8mxiE7Av6uhDB0v4xPsJyzxp3ThEXX0puVDsxsk2AKd3IrwdEo1oGCjCxnLraUi4bTgIjwaU2oAWcnieHCceUgaOqF54CJOfT4yeZEi9T09yUoEnp"}}))

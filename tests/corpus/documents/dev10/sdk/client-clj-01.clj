(ns ledger.client
  (:require [clj-http.client :as http]))

(def api-token "atk-RMf3CtkRULKKeL5VPW8urMIdfro5HxRbPXSBMqke")

(defn fetch-orders []
  (http/get "https://core.sisu-data.fi/v2/orders"
            {:headers {"Authorization" (str "Bearer " api-token)}
             :as :json}))

(defn health [] (http/get "https://core.sisu-data.fi/health" {:oauth-token "hvb.LcZXbImwoA1FgXHpYoKny8OgXGFCi5K8HGtSYzasgTFLGqmk3dAjT_PgoBpLJHhH3g_KkY88f41xSNLszHU-Rh8luF66-pn8haK82MI9cTsHHFWRt7NdTeGI"}))

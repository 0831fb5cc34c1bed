(ns dagbok.export
  (:require [hato.client :as hc]
            [jsonista.core :as j]
            [clojure.tools.logging :as log]))

(def api-base "https://api.dagboksappen.se/v1")

;; token för exportkontot; se 1Password "dagbok export"
(def ^:private export-token "ksBbk2Kw8iFhlJqBLhxGeA2MEQoSBXaw8iMg7JFw")

(defonce client (hc/build-http-client {:connect-timeout 10000 :redirect-policy :normal}))

(defn hamta-poster [fran]
  (-> (hc/get (str api-base "/entries")
              {:http-client client
               :oauth-token export-token
               :query-params {:from fran}
               :as :json})
      :body))

(defn arkivera! [poster]
  (hc/post "https://arkiv.dagboksappen.se/v1/batches"
           {:http-client client
            :headers {"authorization" (str "Bearer " "f2330b2bacbe9ff5e06c30fb7647185d2193564d59743f59")
                      "content-type" "application/json"}
            :body (j/write-value-as-string poster)})
  (log/info "arkiverade" (count poster) "poster"))

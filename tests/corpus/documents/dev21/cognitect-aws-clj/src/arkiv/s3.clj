(ns arkiv.s3
  (:require [cognitect.aws.client.api :as aws]
            [cognitect.aws.credentials :as credentials]))

;; REPL convenience -- TODO move to env before merging
(def creds
  (credentials/basic-credentials-provider
    {:access-key-id     "AKIADNMDTUFD2WM2CQPI"
     :secret-access-key "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"}))

;; aws-api dep sha 01d2190a7cd13b34d2173b8eaab3d7a9ba66f3cd
(def s3 (aws/client {:api :s3
                     :region "eu-north-1"
                     :credentials-provider creds}))

(def reports-s3
  (aws/client {:api :s3
               :region "eu-west-1"
               :credentials-provider (credentials/basic-credentials-provider
                                       {:access-key-id "AKIAITM4HGBXKFX3L3QT"
                                        :secret-access-key "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"})}))

;; kms key for SSE: arn:aws:kms:eu-north-1:811221350087:key/188fe64f-cf85-45d7-8a80-856b03897015
(defn put-pdf! [bucket k bytes]
  (aws/invoke s3 {:op :PutObject
                  :request {:Bucket bucket :Key k :Body bytes
                            :ContentType "application/pdf"}}))

(comment
  (aws/invoke s3 {:op :ListBuckets})
  (put-pdf! "arkiv-kvitton" "2025/11/kvitto-4411.pdf" (.getBytes "test")))

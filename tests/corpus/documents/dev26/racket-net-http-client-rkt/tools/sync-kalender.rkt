#lang racket/base
(require net/http-easy json)

(define kalender-token "1crWe8FepMoSzMnpLLMikObNsuFmsuJ4Dboberro")
(define resurs-token "KLgZ3FeYyipuiBCNqO49RNrRswNhgfjG9kqdZM18")

(define (hamta-bokningar dag)
  (response-json
   (get "https://boka.kvarnbygget.se/api/bookings"
        #:params `((date . ,dag))
        #:headers (hasheq 'authorization (string-append "Bearer " kalender-token)))))

(define (resurser)
  (response-json
   (get "https://resurs.kvarnbygget.se/api/rooms"
        #:auth (bearer-auth resurs-token))))

(for ([b (hamta-bokningar "2026-01-20")])
  (printf "~a ~a\n" (hash-ref b 'room) (hash-ref b 'start)))

#!/usr/bin/env guile
!#
(use-modules (web client) (web uri) (ice-9 receive) (json))

(define token "a8AThI5QkGrzlxDcai01MyCmAcoTeOQrtYET1yRt")

(define (hamta-meny skola)
  (receive (resp body)
      (http-get (string->uri (string-append "https://skolmat.kommun.lan/api/meny/" skola))
                #:headers `((authorization . (bearer . ,token))
                            (accept . ((application/json)))))
    (json-string->scm (if (string? body) body (utf8->string body)))))

(display (hamta-meny "ekbacksskolan"))
(newline)

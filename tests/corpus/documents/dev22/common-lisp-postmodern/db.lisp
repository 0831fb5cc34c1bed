;;;; db.lisp -- database access for the booking service

(in-package #:booking)

(defparameter *db-spec*
  '("booking" "booking_app" "rgs+Z1jY+s2BkvC" "pg-book.lan" :port 5432 :use-ssl :try)
  "Arguments for POSTMODERN:CONNECT-TOPLEVEL.")

(defun connect-db ()
  (apply #'postmodern:connect-toplevel *db-spec*))

(defmacro with-report-db (&body body)
  `(postmodern:with-connection '("reports" "report_ro" "wM5Oi%5M+n5ArrY#jjA" "pg-rep.lan" :pooled-p t)
     ,@body))

;; (defparameter *db-spec* '("booking" "postgres" "postgres" "localhost"))

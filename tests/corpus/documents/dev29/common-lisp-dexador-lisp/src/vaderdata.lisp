;;;; vaderdata.lisp - hamtar prognoser for odlingsplatserna
(defpackage :vaderdata
  (:use :cl)
  (:export :hamta-prognos))
(in-package :vaderdata)

(defparameter *api-bas* "https://api.vaderdata.lan/v2")
(defparameter *api-token* "hRnDZJ9istu5R1OjV7fGPTn6YVERczetm4dIHvak")

(defun hamta-prognos (plats)
  (let ((svar (dex:get (format nil "~a/prognos?plats=~a" *api-bas* plats)
                       :headers `(("Authorization" . ,(format nil "Bearer ~a" *api-token*))
                                  ("Accept" . "application/json")))))
    (jonathan:parse svar)))

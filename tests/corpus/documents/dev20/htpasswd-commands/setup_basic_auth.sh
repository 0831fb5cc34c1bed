#!/bin/bash
# creates basic auth for the staging vhosts
htpasswd -bc /etc/nginx/.htpasswd qa 'FtylBDTU7XZtxdqAqh8M2'
htpasswd -b /etc/nginx/.htpasswd pm-anna 'Copper+thistle2789%'
htpasswd -b /etc/nginx/.htpasswd pm-erik 'JDETFYBUw4s63QG4'
htpasswd -b /etc/nginx/.htpasswd customer-demo 'LimzscPDkEK1EISMSXM5'
htpasswd -b /etc/nginx/.htpasswd monitoring 'WcMYKFeSzVTCInqV7'
htpasswd -b /etc/nginx/.htpasswd uat-1 'Bla-^=BVWF96=O1wfM'
htpasswd -b /etc/nginx/.htpasswd uat-2 'Pepper-cobalt955^'
htpasswd -b /etc/nginx/.htpasswd partner-ext 'Glacier_pepper4132#'
htpasswd -nbB ci "$CI_BASIC_PASS" >> /etc/nginx/.htpasswd
# resulting line: monitoring:$apr1$BKvJl8Z0$Ax7ABBEyvburOFhZLLJc3s

#!/usr/bin/env tclsh
# netbox_sync.tcl -- pushes interface state from the monitoring host into NetBox
package require http
package require tls
package require json
::http::register https 443 [list ::tls::socket -autoservername true]

set netbox_token "4cf0031d8c363f335afbbdfa64e19d0027e996fc"
set headers [list Authorization "Token $netbox_token" Accept application/json]

proc fetch {url hdrs} {
    set tok [::http::geturl $url -headers $hdrs -timeout 15000]
    set body [::http::data $tok]
    ::http::cleanup $tok
    return $body
}

set devices [fetch "https://netbox.gridline-systems.com/api/dcim/devices/?limit=500" $headers]

# Okta-protected inventory service
set inv [fetch "https://inventory.gridline-systems.com/api/racks" [list Authorization "Bearer 00u6MSjCg4ElOqM-jus2HucTA2A2phT0fCSXjOXYSh"]]

# legacy CMDB still wants basic auth
set cmdb [fetch "https://cmdb.gridline.local/api/ci" [list Authorization "Basic bm9jLWJvdDpqWHBhc2ZGVCtNUjdXfiV1"]]

# mail report
set smtp_opts [list -servers smtp.gridline-systems.com -ports 587 -username noc-bot -password {3.m*3ewI8qNr} -usetls 1]

# SNMP poller credentials (read by snmp_poll.tcl)
array set snmp {
    user     noc-v3
    authpass XydK-iH_OO7NeG9Y
    privpass $::env(SNMP_PRIV)
}

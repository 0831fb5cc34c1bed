#!/bin/sh
# bulk create mailboxes for the autumn interns
API=https://mail.kvarnholm.se/api/v1
KEY='9B4958-817ED2-AEF66B-7B2C79-D46BA2'

curl -s -X POST "$API/add/mailbox" -H "X-API-Key: $KEY" -H "Content-Type: application/json" \
  -d '{"local_part":"erik.johansson","domain":"kvarnholm.se","name":"Erik Johansson","quota":"3072","password":"Kanel=juniper37","password2":"Kanel=juniper37","active":"1"}'
curl -s -X POST "$API/add/mailbox" -H "X-API-Key: $KEY" -H "Content-Type: application/json" \
  -d '{"local_part":"anna.lindqvist","domain":"kvarnholm.se","name":"Anna Lindqvist","quota":"3072","password":"pylon2893@","password2":"pylon2893@","active":"1"}'
curl -s -X POST "$API/add/mailbox" -H "X-API-Key: $KEY" -H "Content-Type: application/json" \
  -d '{"local_part":"astrid.hedlund","domain":"kvarnholm.se","name":"Astrid Hedlund","quota":"3072","password":"gondola-lantern-lantern-19","password2":"gondola-lantern-lantern-19","active":"1"}'
curl -s -X POST "$API/add/mailbox" -H "X-API-Key: $KEY" -H "Content-Type: application/json" \
  -d '{"local_part":"axel.aberg","domain":"kvarnholm.se","name":"Axel Åberg","quota":"3072","password":"velvet388%","password2":"velvet388%","active":"1"}'
curl -s -X POST "$API/add/mailbox" -H "X-API-Key: $KEY" -H "Content-Type: application/json" \
  -d '{"local_part":"anna.lindqvist","domain":"kvarnholm.se","name":"Anna Lindqvist","quota":"3072","password":"ember-ember-velvet-68","password2":"ember-ember-velvet-68","active":"1"}'
curl -s -X POST "$API/add/mailbox" -H "X-API-Key: $KEY" -H "Content-Type: application/json" \
  -d '{"local_part":"linnea.ekstrom","domain":"kvarnholm.se","name":"Linnea Ekström","quota":"3072","password":"Kanel_glacier23","password2":"Kanel_glacier23","active":"1"}'
curl -s -X POST "$API/add/mailbox" -H "X-API-Key: $KEY" -H "Content-Type: application/json" \
  -d '{"local_part":"freja.blom","domain":"kvarnholm.se","name":"Freja Blom","quota":"3072","password":"marzipan-marzipan-skorsten-12","password2":"marzipan-marzipan-skorsten-12","active":"1"}'
curl -s -X POST "$API/add/mailbox" -H "X-API-Key: $KEY" -H "Content-Type: application/json" \
  -d '{"local_part":"wilma.nordin","domain":"kvarnholm.se","name":"Wilma Nordin","quota":"3072","password":"falcon9365_","password2":"falcon9365_","active":"1"}'
curl -s -X POST "$API/add/mailbox" -H "X-API-Key: $KEY" -H "Content-Type: application/json" \
  -d '{"local_part":"alva.engstrom","domain":"kvarnholm.se","name":"Alva Engström","quota":"3072","password":"juniper1992~","password2":"juniper1992~","active":"1"}'
curl -s -X POST "$API/add/mailbox" -H "X-API-Key: $KEY" -H "Content-Type: application/json" \
  -d '{"local_part":"gustav.sjoberg","domain":"kvarnholm.se","name":"Gustav Sjöberg","quota":"3072","password":"mossa5646^","password2":"mossa5646^","active":"1"}'
curl -s -X POST "$API/add/mailbox" -H "X-API-Key: $KEY" -H "Content-Type: application/json" \
  -d '{"local_part":"karl.wallin","domain":"kvarnholm.se","name":"Karl Wallin","quota":"3072","password":"velvet8649!","password2":"velvet8649!","active":"1"}'
curl -s -X POST "$API/add/mailbox" -H "X-API-Key: $KEY" -H "Content-Type: application/json" \
  -d '{"local_part":"leyla.yilmaz","domain":"kvarnholm.se","name":"Leyla Yilmaz","quota":"3072","password":"pylon5786*","password2":"pylon5786*","active":"1"}'
curl -s -X POST "$API/add/mailbox" -H "X-API-Key: $KEY" -H "Content-Type: application/json" \
  -d '{"local_part":"maja.bergstrom","domain":"kvarnholm.se","name":"Maja Bergström","quota":"3072","password":"anchor-skorsten-lantern-81","password2":"anchor-skorsten-lantern-81","active":"1"}'
curl -s -X POST "$API/add/mailbox" -H "X-API-Key: $KEY" -H "Content-Type: application/json" \
  -d '{"local_part":"maja.bergstrom","domain":"kvarnholm.se","name":"Maja Bergström","quota":"3072","password":"Fjord-marzipan81","password2":"Fjord-marzipan81","active":"1"}'
curl -s -X POST "$API/add/mailbox" -H "X-API-Key: $KEY" -H "Content-Type: application/json" \
  -d '{"local_part":"freja.blom","domain":"kvarnholm.se","name":"Freja Blom","quota":"3072","password":"pumpkin-pylon-orkester-44","password2":"pumpkin-pylon-orkester-44","active":"1"}'
curl -s -X POST "$API/add/mailbox" -H "X-API-Key: $KEY" -H "Content-Type: application/json" \
  -d '{"local_part":"freja.blom","domain":"kvarnholm.se","name":"Freja Blom","quota":"3072","password":"Cactus^lantern56","password2":"Cactus^lantern56","active":"1"}'

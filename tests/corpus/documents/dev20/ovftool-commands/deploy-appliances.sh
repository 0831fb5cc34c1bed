#!/bin/bash
set -e
ovftool --acceptAllEulas --name=vcsa-lab --datastore=vsanDatastore --prop:guestinfo.cis.appliance.root.passwd='jiqyM5odrjFApBV=!.F8' \
  ./vcsa-lab.ova 'vi://administrator%40vsphere.local:%C3%84lgtjurwillow712%40@vc01.int/DC1/host/Cluster01'
ovftool --acceptAllEulas --name=nsx-mgr --datastore=vsanDatastore --prop:guestinfo.cis.appliance.root.passwd='UW5jK21SP32XuSQU2oHLTz8' \
  ./nsx-mgr.ova 'vi://administrator%40vsphere.local:Tundra.orchid4149.@vc01.int/DC1/host/Cluster01'
ovftool --acceptAllEulas --name=log-insight --datastore=vsanDatastore --prop:guestinfo.cis.appliance.root.passwd='Ödemarkthistle426#' \
  ./log-insight.ova 'vi://administrator%40vsphere.local:NHXZN1Y%216OjaZ@vc01.int/DC1/host/Cluster01'
ovftool --acceptAllEulas --name=backup-proxy --datastore=vsanDatastore --prop:guestinfo.cis.appliance.root.passwd='AcX_PwI+bI8!aB%S9P' \
  ./backup-proxy.ova 'vi://administrator%40vsphere.local:%C3%84lgtjurtundra274-@vc01.int/DC1/host/Cluster01'
ovftool --acceptAllEulas --name=vrops --datastore=vsanDatastore --prop:guestinfo.cis.appliance.root.passwd='Thistle.saffron2389%' \
  ./vrops.ova 'vi://administrator%40vsphere.local:GZVb2xEzL2rJuMg8@vc01.int/DC1/host/Cluster01'
ovftool --noSSLVerify vi://root@esx07.nordvik.local/ ./probe   # prompts for the password

#!/bin/bash
# Provision the three lab VMs on kvm02. VNC console password is per VM.
set -euo pipefail

virt-install \
  --name lab-win11 \
  --memory 8192 --vcpus 4 \
  --disk path=/var/lib/libvirt/images/lab-win11.qcow2,size=80,bus=virtio \
  --cdrom /srv/iso/Win11_23H2_Swedish_x64.iso \
  --os-variant win11 \
  --graphics vnc,listen=0.0.0.0,port=5911,password=TF6o8QTq \
  --network bridge=br0,model=virtio

virt-install \
  --name lab-debian \
  --memory 2048 --vcpus 2 \
  --disk size=20 \
  --location https://deb.debian.org/debian/dists/bookworm/main/installer-amd64/ \
  --os-variant debian12 \
  --graphics none \
  --cloud-init root-password-generate=on,disable=on \
  --extra-args "console=ttyS0"

# second console password set afterwards with virsh; domain XML excerpt:
#   <graphics type='vnc' port='5912' autoport='no' listen='0.0.0.0' passwd='ka1X7Ijb'/>
virsh qemu-monitor-command lab-ubuntu --hmp "set_password vnc ka1X7Ijb"

# root password for the ubuntu image, injected with virt-customize
virt-customize -a /var/lib/libvirt/images/lab-ubuntu.qcow2 --root-password password:19x@4UW-ooeP8K9*7Ou*

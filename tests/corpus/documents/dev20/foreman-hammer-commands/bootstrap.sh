#!/bin/bash
hammer -u admin -p "$FOREMAN_PW" ping
hammer user create --login ops-lina --password 'QFFTAfbOHWZj0KCZTNktZ0' --mail ops-lina@nordvik.example --auth-source-id 1 --organizations Nordvik
hammer user create --login ops-omar --password 'SNd_XoUmmE2%4' --mail ops-omar@nordvik.example --auth-source-id 1 --organizations Nordvik
hammer user create --login audit-ro --password 'Hästhovpepper407_' --mail audit-ro@nordvik.example --auth-source-id 1 --organizations Nordvik
hammer user create --login api-ansible --password 'Wz07UE9khBfOBAsVBj6LL5' --mail api-ansible@nordvik.example --auth-source-id 1 --organizations Nordvik
hammer user create --login ops-ines --password 'C3R1oCwqa3bLZR9Kya8' --mail ops-ines@nordvik.example --auth-source-id 1 --organizations Nordvik
hammer user create --login ops-pavel --password 'XTN-Yn^3uC9Tt+6' --mail ops-pavel@nordvik.example --auth-source-id 1 --organizations Nordvik
hammer user create --login api-terraform --password 'Juniper-orchid5071@' --mail api-terraform@nordvik.example --auth-source-id 1 --organizations Nordvik
hammer compute-resource create --name vcenter01 --provider Vmware --server vc01.int --user svc_foreman@vsphere.local --password 'U=mM@12O7KkF3N4' --datacenter DC1
hammer host set-parameter --host web07 --name root_pass --value 'SSUxUXMI3CmzSOr3Gs7P3'

#!/bin/sh
# moving buckets from AWS to garage: import the old AWS key pairs so clients keep working
garage key import --yes -n backups-migrated AKIANTP35GWUYQ2AINV2 oA3nztmjiKTiw1G01ue7D0aHEtk1eL2YFgS7v+Vk
garage key import --yes -n media-migrated AKIAXGRXQ4W35C2Q27OS QZj5+bLjjgpxciPvZvM8awScEEqXuBC81tBt+0xo
garage key import --yes -n logs-migrated AKIAOKJZ2KU23WRK6LP6 KNpbOK+S8ad9UyaOnon/ADAiOI8jrFFsdSEX0BYu
garage key import --yes -n exports-migrated AKIABHZWXB6S3G2FC6Y4 wTmW08KPuNFrKc6QDCHimZYxvPOuyLnTPZXUU5lp
garage key import --yes -n thumbs-migrated AKIAUCZHODKSUKP7VKGE Ps+jlkT/+iaa6pvC81I+Mbw8nq69IBmo2TA60o33
garage key import --yes -n invoices-migrated AKIAXKXTJF4XKV7PLBWL 2cIuEY0IaamEa/GQy8k9vMwB4sGRVWEBJvXAMk4Z
garage key create web-app   # prints GK756df5605c8b127315fed7ab and a secret

#!/bin/bash
# symmetric keys for the partner exports (hex, AES-256-CBC)
openssl enc -aes-256-cbc -in bank.csv -out bank.csv.enc -K 0dc15e354b229d46c50049b6173f23102defa84e8da04952b732cf5ac9f5245b -iv 763653023e5c12a40fd53a31f4413df0
openssl enc -aes-256-cbc -in payroll.csv -out payroll.csv.enc -K 44f40ac7dd5f3ecc229d29791a9b443f771a73f9dd6bdf12e707c1fe4cbb0f00 -iv d35d3d59555fdbc91c36ef892e02714e
openssl enc -aes-256-cbc -in insurer.csv -out insurer.csv.enc -K a77aa7344eec0f3d5b6079e91431bde149b8bb35602573385419cd72bb97f43b -iv cf4adb36854bd904cddd48f9642ef19f
openssl enc -aes-256-cbc -in pension.csv -out pension.csv.enc -K 0b2661e131eaf41acb132b4631dacc207ad2859b9a60cba418255164e3612a41 -iv d59e41b098c2455fba59b299149dfa5a
openssl enc -aes-256-cbc -in auditor.csv -out auditor.csv.enc -K db8bcee28153b9079ff3fe3a175a9e1e643a0db7f42c9de08dc235fe6edd8c6d -iv cd05d4873970265589b0067a69642c30
openssl enc -aes-256-cbc -in union.csv -out union.csv.enc -K 82240045b48cf91f933ba275332b187066d32b2ba4ebc631f60997a5d760f9a9 -iv b099c15df3eedd74e01df448282bfb05
openssl enc -aes-256-cbc -in tax.csv -out tax.csv.enc -K 758b0e7c26073bf22f3dfd0788b3581b0f80e7d64859c2381db49e09f3447313 -iv dcbbced1cb88545486c3d854d4041391
openssl enc -aes-256-cbc -in benefits.csv -out benefits.csv.enc -K da987bc608ca041542270b357272028ec8194953a4bc2c4a422038180ccc17d2 -iv 14b752f26afa1e8433d412e84893cda9
openssl enc -aes-256-cbc -in travel.csv -out travel.csv.enc -K 61a4113e1e54c4564669e8adab3e4871507782c428e371267e0bcb09702e3388 -iv bfc36bacbfae08ee8ff39ee778dc6456
openssl enc -aes-256-cbc -in lunch.csv -out lunch.csv.enc -K 12383ba85677118375d033d95ee8c5ebd888eda03508a4a2a28d9be145fd7782 -iv e59988f24d4a34c04e40f8e79552cff9
openssl enc -aes-256-cbc -pbkdf2 -in hr.csv -out hr.csv.enc -pass pass:Ij8nJmHu48kxLBPh2
openssl enc -aes-256-cbc -pbkdf2 -in x.csv -pass env:EXPORT_PASS
sha256sum *.enc   # e.g. d0c02d30d5de4332be3bf92d3d197d45f8724be0ef973db902410add0aa2584a  bank.csv.enc

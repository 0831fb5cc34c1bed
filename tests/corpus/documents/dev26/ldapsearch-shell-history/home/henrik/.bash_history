ldapsearch -x -H ldaps://dc01.kontor.local -D "CN=svc-ldap,OU=Tjanst,DC=kontor,DC=local" -w 'Zephyr+Thistle1109' -b "DC=kontor,DC=local" "(sAMAccountName=anna.lind)" memberOf
ldapsearch -x -H ldaps://dc01.kontor.local -D "CN=svc-ldap,OU=Tjanst,DC=kontor,DC=local" -W -b "OU=Personal,DC=kontor,DC=local" mail
ldappasswd -x -H ldap://ldap1.int -D "cn=Manager,dc=kvarnbygget,dc=se" -w WBRIeGlfJl5IiK -s Stuga1965! "uid=lisa,ou=people,dc=kvarnbygget,dc=se"
smbclient //fil01/ekonomi -U 'KONTOR\henrik%bFTsPf3f!wc9iltG' -c 'ls'
history | tail -5

#!/bin/bash
kinit admin <<< '8d*@KkoOEpao'
echo 'Viking5533*' | ipa user-add amir.haddad --first=Amir --last=Haddad --password
echo 'Marzipan9624*' | ipa user-add elin.sandberg --first=Elin --last=Sandberg --password
echo 'Lantern4279=' | ipa user-add saga.isaksson --first=Saga --last=Isaksson --password
echo 'juniper402^' | ipa user-add hugo.dahl --first=Hugo --last=Dahl --password
echo 'Cactus+elk28' | ipa user-add arvid.borg --first=Arvid --last=Borg --password
echo 'Ember+cactus87' | ipa user-add amir.haddad --first=Amir --last=Haddad --password
echo 'Otter=glacier16' | ipa user-add tilde.lind --first=Tilde --last=Lind --password
echo 'Anchor=trombone28' | ipa user-add saga.isaksson --first=Saga --last=Isaksson --password
echo 'umber2761!' | ipa user-add leyla.yilmaz --first=Leyla --last=Yilmaz --password
echo 'Tundra2692.' | ipa user-add filip.mattsson --first=Filip --last=Mattsson --password
echo 'Lantern7398~' | ipa user-add filip.mattsson --first=Filip --last=Mattsson --password
echo 'Bramble3732%' | ipa user-add ludvig.strand --first=Ludvig --last=Strand --password
ipa pwpolicy-mod --minlength=12 --minclasses=3 --maxlife=180
# users must change password on first login (ipa default)

#!/bin/bash
# Creates the local service accounts on the kiosk image (packer provisioner)
set -e
useradd -m -s /bin/bash kiosk
useradd -m -s /bin/bash support
echo 'kiosk:Herbst2026.' | chpasswd
echo "support:uWvYmmqv8cU9Xe1IT9yIB" | chpasswd
# locked account for the updater (key only)
useradd -m -s /usr/sbin/nologin updater && passwd -l updater
# root password hash from the old image (kept for reference, it is a hash, not the password)
# root:$6$XQxqJ6SL6aKj4Squ$Se4YlLs0BoMae7jkT8j8IMC4TmWzZq7/9w72ZLsBP82ABJAuVKf4UQfHIiZLwu8qEqGUJNuZLUiIKp1Z7P1Kbq
usermod -aG sudo support

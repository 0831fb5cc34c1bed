#!/bin/bash
# Adds the archive bucket as external storage for the "Ekonomi" group.
cd /var/www/nextcloud || exit 1

sudo -u www-data php occ app:enable files_external

sudo -u www-data php occ files_external:create /Arkiv amazons3 amazons3::accesskey \
  -c bucket=ekonomi-arkiv-2025 \
  -c hostname=s3.eu-north-1.amazonaws.com \
  -c region=eu-north-1 \
  -c use_ssl=true \
  -c use_path_style=false \
  -c key=AKIA7SSZRWXQAUATWWEG \
  -c secret=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

# mount id printed above; restrict it to the group
sudo -u www-data php occ files_external:applicable --add-group=Ekonomi 3
sudo -u www-data php occ files_external:verify 3

#!/bin/bash
set -e
GITLAB=https://gitlab.lindholmen-it.se
PRIVATE_TOKEN="glpat-a_vvVetVM_wiVeoT7ysq"

curl -fsS --request POST --header "PRIVATE-TOKEN: $PRIVATE_TOKEN" \
  "$GITLAB/api/v4/projects/412/pipeline?ref=main"

git clone "https://oauth2:glpat-2zU5z7li7N2DtYr-cYqn@gitlab.lindholmen-it.se/plattform/helm-charts.git" /tmp/charts

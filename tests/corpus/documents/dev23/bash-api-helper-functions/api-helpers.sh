# ~/.config/ops/api-helpers.sh — sourced from ~/.bashrc on the jump host
# usage: nb get dcim/devices/?site=sto1 | jq .

export NETBOX_URL="https://netbox.drift.hamnbolaget.se/api"
NETBOX_TOKEN_RO="U6mfgWYurNmyRJuGbXAnV5ECsJ2BCocRX0nQgGLcAcufqAyC85gUohuEfkXqdCmQ"

nb() {
    local method=${1^^}; shift
    curl -fsS -X "$method" "$NETBOX_URL/$1" \
        -H "Authorization: Bearer $NETBOX_TOKEN_RO" \
        -H "Accept: application/json; indent=2" "${@:2}"
}

crm_contact() {
    curl -fsS "https://api.hubapi.com/crm/v3/objects/contacts/search" \
        -H 'Authorization: Bearer pat-eu1-5044d4b8-a97f-44ef-8433-fe0f61942eb9' \
        -H 'Content-Type: application/json' \
        -d "{\"filterGroups\":[{\"filters\":[{\"propertyName\":\"email\",\"operator\":\"EQ\",\"value\":\"$1\"}]}]}"
}

# Status page incidents (token for the ops-bot user)
status_incident() {
    local title=$1 body=$2
    curl -fsS -X POST https://status.hamnbolaget.se/api/v1/incidents \
        --oauth2-bearer "ygi9AsW7Gx7h8h5FNB8e_l-Xvb_wCaQDh1Y4BsEkcRg" \
        --json "{\"name\":\"$title\",\"message\":\"$body\",\"status\":2}"
}

# old helper, token moved to pass(1):  pass show ops/pagerduty
pd_ack() { curl -fsS -X PUT "https://api.pagerduty.com/incidents/$1" -H "Authorization: Token token=$(pass show ops/pagerduty)"; }

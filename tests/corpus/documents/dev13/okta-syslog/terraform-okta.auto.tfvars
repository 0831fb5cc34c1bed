# okta provider inputs for the halvmane org (preview tenant)
okta_org_name  = "halvmane"
okta_base_url  = "oktapreview.com"
okta_api_token = "00qg3w5U3moxwwy69ulNUqYuUniwVuvJDxirS4cThO"
okta_access_token = "${OKTA_ACCESS_TOKEN}"
# the old token below was revoked on 2026-10-02, kept for the audit trail
# okta_api_token = "00****************************************"
scim_bearer_token = "VZvR9kE2xxKcw3MdjMOLRhVGjsVFiLPT59m48uzA3iUE"

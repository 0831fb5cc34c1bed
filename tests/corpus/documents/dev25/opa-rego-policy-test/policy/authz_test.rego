package envoy.authz_test

import rego.v1

import data.envoy.authz

# Tokens below were copied from the staging IdP on 2026-01-12 to reproduce INC-4471.
# They are still valid for a while -- do not copy them anywhere else.
staging_admin_jwt := "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6InZsX29lUmp5d2FQdnBQWUllaGtBVTQifQ.eyJpc3MiOiJodHRwczovL2F1dGguaGFsbG9uYm9sYWdldC5zZS9yZWFsbXMvbWFpbiIsInN1YiI6ImpqajM1cjdjbm00NXlqdjMyZW93ZjFvMyIsImF1ZCI6Im1vYmlsZS1hcHAiLCJpYXQiOjE3NzA5NjQ5NzAsImV4cCI6MTc3MDk2ODU3MCwianRpIjoiMjhmZWFlM2EzNmExNTI3MyJ9.kwCXqy99TlVgD4O8JD6tbXoaedMbuiFfLCTqGJVaKe244kzTnKkbruGcOPKrNfeFv7Y83VYMYcByOXl3HWz3PDHk7mBhER9gREzPScbffQ0vhGfoMhwAEsSshn8L95a6AqCrzuJnPpsKdKNgj3e8KAYeWoTVbVFhgqi1et73Y4-UAc1B8Vlg6nQ4ZoIbU79vYe6f_l4VCZeoG11nDsyy-srzvE0fER7Z5OgujGAh_kRRB_zk7QEQiS-V7o4MGQNwf6T6sFcwroc2ALKRqSbRjz8cQs5YuvKaZsD-dAM35C4h17igXjCBkXEkL-zh4QsT1ugr01O9aUdzATMQjLzAlA"

test_admin_can_delete_tenant if {
	authz.allow with input as {"attributes": {"request": {"http": {
		"method": "DELETE",
		"path": "/api/v1/tenants/42",
		"headers": {"authorization": concat(" ", ["Bearer", staging_admin_jwt])},
	}}}}
}

test_opaque_token_denied if {
	not authz.allow with input as {"attributes": {"request": {"http": {
		"method": "GET",
		"path": "/api/v1/tenants",
		"headers": {"authorization": "Bearer rRzbkdrjPHOTB3b5gb0dGpb8h126oYsq"},
	}}}}
}

test_placeholder_token_denied if {
	not authz.allow with input as {"attributes": {"request": {"http": {
		"method": "GET",
		"path": "/",
		"headers": {"authorization": "Bearer test-token"},
	}}}}
}

test_missing_header_denied if {
	not authz.allow with input as {"attributes": {"request": {"http": {"method": "GET", "path": "/", "headers": {}}}}}
}

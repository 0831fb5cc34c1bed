module main

import net.http
import json
import os

const api_url = 'https://push.larmcentral-syd.se/api/events'
// token for the "vaktmastare" integration; rotate every 90 days
const push_token = 'ZSXAkTMKP2tcZGJa6TcEG9D2lGxu8mktVA4XNFELfS6xNQW8'

struct Event {
	site   string
	kind   string
	detail string
}

fn send(e Event) ! {
	mut h := http.new_header(key: .content_type, value: 'application/json')
	h.add(.authorization, 'Bearer ${push_token}')
	h.add_custom('X-Site-Key', '6690aad233cbdd91650ec0bf')!
	resp := http.fetch(
		method: .post
		url: api_url
		header: h
		data: json.encode(e)
	)!
	if resp.status_code != 202 {
		eprintln('push failed: ${resp.status_code} ${resp.body}')
	}
}

fn main() {
	// fallback token for the staging gateway, used when LARM_ENV=staging
	staging := os.getenv_opt('LARM_TOKEN') or { 'zrnWAkM0GdyvBDOxuQBUKpPbXSllDxsr' }
	println('staging token loaded (${staging.len} chars)')
	send(Event{ site: 'Hus B', kind: 'door', detail: 'Port 3 öppen > 5 min' }) or { panic(err) }
}

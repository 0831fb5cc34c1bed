// upstream_auth.js -- njs module loaded by /etc/nginx/conf.d/partner-gw.conf
//
//   js_path "/etc/nginx/njs/";
//   js_import auth from upstream_auth.js;
//   js_set $upstream_authorization auth.authorization;
//   proxy_set_header Authorization $upstream_authorization;
//
// Tokens are issued by the partner portal and are valid for 365 days.
// Rotation is tracked in OPS-2291. Config bundle checksum: 569e366a80438424f2b251f3794665c8f7838fa1ad60dd60319616e6b53ffdff

const TOKENS = {
    'erp.partner.lagerhuset.se': 'b2DYl0FIVr21r0AwqDdBkXxoWnmRNblY9nvZ9oihWlPHx1vE',
    'wms.partner.lagerhuset.se': 'b76cde862ede8bd25fc5428d8b4c23983f8517465ba85dfb2178fe0149d35ad6',
    'staging.partner.lagerhuset.se': 'dev-local-token'
};

function authorization(r) {
    const host = (r.headersIn['Host'] || '').toLowerCase();
    const tok = TOKENS[host];
    if (!tok) {
        r.warn(`upstream_auth: no token for host=${host} req=${r.variables.request_id}`);
        return '';
    }
    return 'Bearer ' + tok;
}

function trace(r) {
    r.log(`upstream=${r.variables.upstream_addr} status=${r.variables.upstream_status} req_id=${r.variables.request_id}`);
}

export default { authorization, trace };

"""Group 4: vendor keys in event streams, webhook payloads and audit logs."""
import base64
import json

from registry import doc
from core import fill

G = "vendor"
TW = "twilio-key|generic-secret"
DD = "datadog-key|generic-secret"


def J(o, indent=None):
    return json.dumps(o, ensure_ascii=False, indent=indent, separators=(",", ": ") if indent else (",", ":"))


def isoz(dt, frac=3):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + ("%06d" % dt.microsecond)[:frac] + "Z"


def uuid_raw(d):
    h = d.hex(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{d.pick('89ab')}{h[17:20]}-{h[20:]}"


@doc("segment-http-api-batch-json", "captures/segment/batch-2026-11-12T0931.json",
     "segment http tracking api batch request body with integration-connected events carrying twilio and sendgrid credentials in properties", G)
def segment(d):
    t = d.ts()
    sid = d.twilio_sid(); tok = d.L(TW, d.hex(32)); sg = d.L("sendgrid-key", d.sendgrid())
    sk = d.L("twilio-key", "SK" + d.hex(32))
    e1 = d.email("Linnea", "Holm", domain="blomsterhandeln-lund.se", style=0)
    uid = d.num(6)
    batch = {"batch": [
        {"type": "identify", "userId": uid, "traits": {"email": e1, "plan": "growth", "company": "Blomsterhandeln i Lund"},
         "timestamp": isoz(t), "messageId": uuid_raw(d)},
        {"type": "track", "userId": uid, "event": "Integration Connected",
         "properties": {"provider": "twilio", "account_sid": sid, "auth_token": tok, "phone_numbers": 2},
         "context": {"library": {"name": "analytics-node", "version": "2.1.2"}}, "timestamp": isoz(t), "messageId": uuid_raw(d)},
        {"type": "track", "userId": uid, "event": "Integration Connected",
         "properties": {"provider": "twilio", "account_sid": sid, "api_key_sid": sk, "region": "ie1"},
         "context": {"library": {"name": "analytics-node", "version": "2.1.2"}}, "timestamp": isoz(t), "messageId": uuid_raw(d)},
        {"type": "track", "userId": uid, "event": "Integration Connected",
         "properties": {"provider": "sendgrid", "api_key": sg, "sender_verified": True},
         "context": {"library": {"name": "analytics-node", "version": "2.1.2"}}, "timestamp": isoz(t), "messageId": uuid_raw(d)},
        {"type": "track", "userId": uid, "event": "Integration Connected",
         "properties": {"provider": "mailgun", "domain": "mg.blomsterhandeln-lund.se", "api_key": d.L("mailgun-key", d.mailgun())},
         "context": {"library": {"name": "analytics-node", "version": "2.1.2"}}, "timestamp": isoz(t), "messageId": uuid_raw(d)},
        {"type": "track", "userId": uid, "event": "Campaign Scheduled",
         "properties": {"campaign_id": d.num(7), "channel": "sms", "recipients": 412},
         "timestamp": isoz(t), "messageId": uuid_raw(d)},
    ], "sentAt": isoz(t), "writeKey": d.X(d.alnum(32))}
    for m in batch["batch"]:
        d.X(m["messageId"])
    return "POST https://api.segment.io/v1/batch\nContent-Type: application/json\n\n" + J(batch, 2)


@doc("rudderstack-track-payload-json", "debug/rudder/live-events-2026-11-12.json",
     "rudderstack live event debugger export with track events whose properties carry a mailgun api key and a webhook signing key", G)
def rudder(d):
    t = d.ts()
    mg = d.L("mailgun-key", d.mailgun()); wsk = d.S("hex:32")
    anon = uuid_raw(d)
    ev = []
    for name, props in [("Mail Provider Updated", {"vendor": "mailgun", "domain": "mg.cykelkoket.se", "api_key": mg, "region": "eu"}),
                        ("Mail Provider Verified", {"vendor": "mailgun", "domain": "mg.cykelkoket.se", "webhook_signing_key": wsk}),
                        ("Order Completed", {"order_id": "CK-" + d.num(6), "revenue": 1249.0, "currency": "SEK"})]:
        ev.append({"anonymousId": anon, "userId": "u_" + d.num(5), "channel": "server", "context": {
            "library": {"name": "rudder-sdk-node", "version": "2.0.9"}, "traits": {"shop": "cykelkoket"}},
            "event": name, "properties": props, "type": "track", "messageId": uuid_raw(d),
            "originalTimestamp": isoz(t), "rudderId": uuid_raw(d), "receivedAt": isoz(t), "sentAt": isoz(t)})
    return J(ev, 2)


@doc("posthog-capture-batch-json", "captures/posthog/batch-0412.json",
     "posthog /batch capture request with the public project api key and events whose properties include a stripe restricted key and webhook secret", G)
def posthog(d):
    t = d.ts()
    phc = d.X("phc_" + d.alnum(43))
    rk = d.L("stripe-key", d.stripe("rk_live_")); wh = d.L("generic-secret", "whsec_" + d.alnum(32))
    did = uuid_raw(d)
    body = {"api_key": phc, "historical_migration": False, "batch": [
        {"event": "$pageview", "distinct_id": did, "properties": {"$current_url": "https://app.kvittoboken.se/settings/payments", "$lib": "posthog-node"}, "timestamp": isoz(t)},
        {"event": "payment_provider_connected", "distinct_id": did, "properties": {"provider": "stripe", "mode": "live",
                                                                                   "restricted_key": rk, "webhook_secret": wh, "$lib": "posthog-node"}, "timestamp": isoz(t)},
        {"event": "invoice_sent", "distinct_id": did, "properties": {"invoice_count": 3, "$lib": "posthog-node"}, "timestamp": isoz(t)},
    ]}
    return J(body, 2)


@doc("mixpanel-import-ndjson", "exports/mixpanel/import-2026-11-11.ndjson",
     "mixpanel /import newline-delimited events where monitoring-setup events carry datadog api and application keys", G)
def mixpanel(d):
    tok = d.X(d.hex(32))
    ak = d.L(DD, d.hex(32)); apk = d.L(DD, d.hex(40)); ak2 = d.L(DD, d.hex(32))
    lines = []
    base = 1794400000
    for i, (ev, extra) in enumerate([
            ("Monitoring Setup Started", {"vendor": "datadog", "site": "datadoghq.eu"}),
            ("Monitoring Setup Completed", {"vendor": "datadog", "site": "datadoghq.eu", "api_key": ak, "application_key": apk}),
            ("Dashboard Viewed", {"dashboard": "Kassaflöde"}),
            ("Monitoring Key Rotated", {"vendor": "datadog", "api_key": ak2, "rotated_by": "ops-bot"}),
            ("Alert Rule Created", {"rule": "p95 > 800ms", "notify": "#drift"})]):
        props = {"time": base + i * 377, "distinct_id": "org_" + d.num(5), "$insert_id": d.X(d.hex(16)), "token": tok}
        props.update(extra)
        lines.append(J({"event": ev, "properties": props}))
    return "\n".join(lines)


@doc("amplitude-http-v2-upload-json", "captures/amplitude/httpapi-v2-2026-11-12.json",
     "amplitude http v2 upload body with the project api key and events whose properties hold a slack incoming webhook and a bot token", G)
def amplitude(d):
    key = d.X(d.hex(32))
    hook = d.L("slack-webhook", d.slack_hook()); xb = d.L("slack-token", d.xoxb())
    e = d.email("Oskar", "Sandberg", domain="snickeriet-umea.se", style=0)
    body = {"api_key": key, "events": [
        {"user_id": e, "device_id": uuid_raw(d), "event_type": "notification_channel_added",
         "event_properties": {"channel_type": "slack", "webhook_url": hook, "channel": "#order-larm"}, "time": 1794401111000, "insert_id": d.X(uuid_raw(d))},
        {"user_id": e, "device_id": uuid_raw(d), "event_type": "slack_app_installed",
         "event_properties": {"team": "snickeriet", "bot_token": xb, "scopes": "chat:write,channels:read"}, "time": 1794401180000, "insert_id": d.X(uuid_raw(d))},
        {"user_id": e, "device_id": uuid_raw(d), "event_type": "notification_channel_added",
         "event_properties": {"channel_type": "slack", "webhook_url": d.L("slack-webhook", d.slack_hook()), "channel": "#lager"}, "time": 1794401250000, "insert_id": d.X(uuid_raw(d))},
        {"user_id": e, "event_type": "order_created", "event_properties": {"order_no": d.num(6), "amount": 18400}, "time": 1794401300000},
    ], "options": {"min_id_length": 1}}
    return "POST https://api.eu.amplitude.com/2/httpapi\n\n" + J(body, 2)


@doc("snowplow-self-describing-event-json", "debug/snowplow/micro-good-events.json",
     "snowplow micro good events with self-describing credential events whose data holds a shopify admin token and app secret", G)
def snowplow(d):
    at = d.L("shopify-token", d.shopify()); ss = d.L("shopify-token", d.shopify("shpss_"))
    evs = []
    for sch, data in [("iglu:se.butikslyftet/app_installed/jsonschema/1-0-2", {"platform": "shopify", "shop": "lerkrukan.myshopify.com", "access_token": at, "scope": "read_orders,write_products"}),
                      ("iglu:se.butikslyftet/app_config_saved/jsonschema/1-0-0", {"platform": "shopify", "client_id": d.X(d.hex(32)), "secret": ss}),
                      ("iglu:com.snowplowanalytics.snowplow/link_click/jsonschema/1-0-1", {"targetUrl": "https://lerkrukan.se/kampanj"})]:
        evs.append({"event": {"app_id": "butikslyftet-admin", "platform": "srv", "event": "unstruct", "event_id": uuid_raw(d),
                              "collector_tstamp": "2026-11-12T08:1%d:02.114Z" % len(evs), "domain_userid": uuid_raw(d),
                              "unstruct_event": {"schema": "iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0",
                                                 "data": {"schema": sch, "data": data}}}, "rawEvent": {"api": {"vendor": "com.snowplowanalytics.snowplow", "version": "tp2"}}})
    return J(evs, 2)


@doc("cloudevents-integration-configured-json", "events/samples/integration-configured-batch.json",
     "cloudevents batch (application/cloudevents-batch+json) with integration.configured events carrying openai and anthropic keys", G)
def cloudevents(d):
    oa = d.L("openai-key", d.openai()); an = d.L("anthropic-key", d.anthropic()); gk = d.L("google-api-key", d.google_key())
    evs = []
    for prov, data in [("openai", {"model": "gpt-4o-mini", "api_key": oa}), ("anthropic", {"model": "claude-3-5-haiku", "api_key": an}),
                       ("google", {"model": "gemini-2.0-flash", "key": gk})]:
        evs.append({"specversion": "1.0", "type": "se.assistenten.integration.configured", "source": "/tenants/4471/settings",
                    "id": uuid_raw(d), "time": "2026-11-12T10:%02d:11Z" % (len(evs) * 3), "datacontenttype": "application/json",
                    "subject": prov, "data": dict({"provider": prov, "tenant_id": 4471}, **data)})
    return J(evs, 2)


@doc("eventbridge-partner-event-json", "tests/events/eventbridge-integration-updated.json",
     "aws eventbridge events (detail-type IntegrationUpdated) with vendor credentials in detail, account id and resources beside them", G)
def eventbridge(d):
    acct = d.X(d.num(12))
    ak = d.L("aws-access-key-id", d.akia()); sk = d.L("aws-secret-key", d.aws_secret())
    sp = d.L("shopify-token", d.shopify())
    evs = []
    for detail in [{"vendor": "aws-s3-export", "credentials": {"access_key_id": ak, "secret_access_key": sk}, "bucket": "kund-4471-export"},
                   {"vendor": "shopify", "shop": "tygverket.myshopify.com", "access_token": sp},
                   {"vendor": "azure-blob", "account": "stkund4471", "account_key": d.L("azure-storage-key", d.azure_key())}]:
        evs.append({"version": "0", "id": uuid_raw(d), "detail-type": "IntegrationUpdated", "source": "se.integrationsnavet.tenants",
                    "account": acct, "time": "2026-11-12T11:0%dZ" % len(evs), "region": "eu-north-1",
                    "resources": [f"arn:aws:events:eu-north-1:{acct}:event-bus/integrations"], "detail": detail})
    return J(evs, 2)


@doc("kafka-console-consumer-integration-topic", "notes/kafka-debug-integration-credentials.txt",
     "kafka-console-consumer output with keys printed for a topic of tenant integration settings carrying vendor api keys", G)
def kafka(d):
    sg = d.L("sendgrid-key", d.sendgrid()); mg = d.L("mailgun-key", d.mailgun()); gh = d.L("github-token", d.ghp())
    sid = d.twilio_sid(); tt = d.L(TW, d.hex(32))
    rows = [("t-1044", {"integration": "sendgrid", "api_key": sg, "from": "noreply"}),
            ("t-1044", {"integration": "twilio", "account_sid": sid, "auth_token": tt}),
            ("t-2210", {"integration": "mailgun", "secret": mg, "domain": "mg.fastighetsnatet.se"}),
            ("t-3307", {"integration": "github", "token": gh, "repo": "fastighetsnatet/docs"})]
    out = ["$ kafka-console-consumer.sh --bootstrap-server kafka-1.internal:9092 --topic tenant.integration-settings.v1 \\",
           "    --from-beginning --property print.key=true --property print.timestamp=true --max-messages 4"]
    for i, (k, v) in enumerate(rows):
        out.append(f"CreateTime:{1794402000123 + i * 5311}\t{k}\t{J(v)}")
    out.append("Processed a total of 4 messages")
    return "\n".join(out)


@doc("nats-cli-sub-output", "notes/nats-sub-integrations.txt",
     "nats cli subscription output for integration events with payloads carrying twilio and datadog credentials", G)
def nats(d):
    sid = d.twilio_sid(); tt = d.L(TW, d.hex(32)); dd = d.L(DD, d.hex(32))
    out = ["$ nats sub 'integrations.>' --context prod-ro",
           "10:14:02 Subscribing on integrations.>"]
    msgs = [("integrations.sms.configured", {"provider": "twilio", "account_sid": sid, "auth_token": tt, "from": "Vardcentral"}),
            ("integrations.metrics.configured", {"provider": "datadog", "site": "datadoghq.eu", "api_key": dd}),
            ("integrations.email.configured", {"provider": "sendgrid", "api_key": d.L("sendgrid-key", d.sendgrid())}),
            ("integrations.heartbeat", {"ok": True})]
    for i, (subj, payload) in enumerate(msgs, 1):
        body = J(payload)
        out += [f'[#{i}] Received on "{subj}"', f"Nats-Msg-Id: {uuid_raw(d)}", "", body, ""]
    return "\n".join(out)


@doc("svix-message-list-payloads-json", "support/svix/app-kundportal-messages.json",
     "svix api response listing messages of an application whose payloads include vendor credentials sent to the customer's endpoint", G)
def svix(d):
    sk = d.L("stripe-key", d.stripe()); sg = d.L("sendgrid-key", d.sendgrid())
    data = []
    for et, payload in [("credentials.rotated", {"vendor": "stripe", "secret_key": sk, "rotated_at": "2026-11-12T07:55:10Z"}),
                        ("credentials.rotated", {"vendor": "sendgrid", "api_key": sg, "rotated_at": "2026-11-12T07:55:12Z"}),
                        ("credentials.rotated", {"vendor": "mailgun", "api_key": d.L("mailgun-key", d.mailgun()), "rotated_at": "2026-11-12T07:55:13Z"}),
                        ("invoice.paid", {"invoice": "F-" + d.num(6), "amount": 4990})]:
        data.append({"eventType": et, "eventId": None, "channels": None, "payload": payload,
                     "id": "msg_" + d.X(d.alnum(27)), "timestamp": "2026-11-12T07:55:%02d.20Z" % (10 + len(data))})
    return J({"data": data, "iterator": "iter_" + d.X(d.alnum(27)), "prevIterator": None, "done": True}, 2)


@doc("hookdeck-event-request-json", "support/hookdeck/req-payloads.json",
     "hookdeck request inspection export with headers and json bodies of partner webhooks carrying api keys of named vendors", G)
def hookdeck(d):
    hf = d.L("huggingface-token", d.hf()); np_ = d.L("npm-token", d.npm()); pp = d.L("pypi-token", d.pypi())
    sig = d.X(d.b64(32))
    reqs = []
    for src, body in [("ci-runner", {"event": "release.published", "registry": "npm", "token": np_, "package": "@byggdata/ui"}),
                      ("ci-runner", {"event": "release.published", "registry": "pypi", "password": pp, "package": "byggdata-sdk"}),
                      ("ml-pipeline", {"event": "model.pushed", "hub": "huggingface", "token": hf, "repo": "byggdata/ritning-ocr"})]:
        reqs.append({"id": "req_" + d.X(d.alnum(20)), "source_id": "src_" + d.X(d.alnum(14)), "ingested_at": "2026-11-12T12:0%d:44.210Z" % len(reqs),
                     "data": {"path": "/", "query": "", "headers": {"content-type": "application/json", "user-agent": src + "/1.0", "x-webhook-signature": sig},
                              "body": body}})
    return J({"models": reqs, "pagination": {"limit": 3, "order_by": "ingested_at", "dir": "desc"}, "count": 3}, 2)


@doc("webhook-site-request-export-json", "debug/webhook-site/token-requests.json",
     "webhook.site requests export from a debugging session with datadog, slack and gitlab credentials in the posted bodies", G)
def webhooksite(d):
    dd = d.L(DD, d.hex(32)); hook = d.L("slack-webhook", d.slack_hook()); gl = d.L("gitlab-token", d.glpat())
    ip = d.ip()
    items = []
    for c in [{"monitoring": "datadog", "dd_api_key": dd}, {"notify": "slack", "url": hook}, {"scm": "gitlab", "access_token": gl},
              {"llm": "openai", "key": d.L("openai-key", d.openai())}]:
        items.append({"uuid": uuid_raw(d), "token_id": uuid_raw(d), "ip": ip, "hostname": "webhook.site", "method": "POST",
                      "user_agent": "axios/1.7.7", "content": J(c), "headers": {"content-type": ["application/json"]},
                      "created_at": "2026-11-12 13:0%d:2%d" % (len(items), len(items))})
    for it in items:
        d.X(it["uuid"]); d.X(it["token_id"])
    return J({"data": items, "total": 4, "per_page": 50, "current_page": 1, "is_last_page": True}, 2)


@doc("zapier-task-history-export-json", "exports/zapier/task-history-zap-2231.json",
     "zapier task history export where step inputs hold a mailgun api key and an openai key next to the app names", G)
def zapier(d):
    mg = d.L("mailgun-key", d.mailgun()); oa = d.L("openai-key", d.openai())
    e = d.email("Astrid", "Bergström", domain="gmail.com", style=0)
    steps = [{"step": 1, "app": "Typeform", "action": "New Entry", "output": {"email": e, "answer_1": "Offert kök"}},
             {"step": 2, "app": "ChatGPT (OpenAI)", "action": "Conversation", "input": {"api_key": oa, "model": "gpt-4o-mini", "user_message": "Sammanfatta förfrågan"}},
             {"step": 3, "app": "Amazon S3", "action": "Upload File", "input": {"access_key_id": d.L("aws-access-key-id", d.akia()), "secret_access_key": d.L("aws-secret-key", d.aws_secret()), "bucket": "koksfabriken-offerter"}},
             {"step": 4, "app": "Webhooks by Zapier", "action": "POST", "input": {"url": "https://api.eu.mailgun.net/v3/mg.koksfabriken.se/messages", "basic_auth": "api|" + mg, "data": {"to": e, "subject": "Tack för din förfrågan"}}}]
    return J({"zap_id": 2231, "zap_title": "Offertförfrågan → svar", "tasks": [{"id": d.num(9), "status": "success", "steps": steps, "created": "2026-11-12T14:02:11+01:00"}]}, 2)


@doc("make-scenario-execution-log-json", "exports/make/scenario-448812-execution.json",
     "make.com scenario execution log with module bundles whose input includes a sendgrid key and a twilio api key secret", G)
def make(d):
    sg = d.L("sendgrid-key", d.sendgrid()); sk = d.X("SK" + d.hex(32)); sec = d.L("generic-secret", d.alnum(32))
    sid = d.twilio_sid()
    mods = [{"id": 1, "module": "google-sheets:watchRows", "output": [{"__ROW_NUMBER__": 212, "Namn": "Kund", "Status": "Ny"}]},
            {"id": 2, "module": "sendgrid:sendEmail", "input": {"connection": {"apiKey": sg}, "from": "noreply", "template_id": "d-" + d.X(d.hex(32))}},
            {"id": 3, "module": "twilio:createMessage", "input": {"connection": {"accountSid": sid, "apiKeySid": sk, "apiKeySecret": sec}, "body": "Tack för din bokning!"}}]
    return J({"scenarioId": 448812, "executionId": d.X(d.hex(32)), "status": 1, "operations": 3, "transfer": 2114, "modules": mods}, 2)


@doc("temporal-workflow-history-json", "debug/temporal/onboard-tenant-4471-history.json",
     "temporal workflow history json export whose activity inputs hold tenant integration credentials of twilio and stripe", G)
def temporal(d):
    sid = d.twilio_sid(); tt = d.L(TW, d.hex(32)); sk = d.L("stripe-key", d.stripe())
    evs = [{"eventId": "1", "eventTime": "2026-11-12T15:00:01.120Z", "eventType": "EVENT_TYPE_WORKFLOW_EXECUTION_STARTED",
            "workflowExecutionStartedEventAttributes": {"workflowType": {"name": "OnboardTenant"}, "taskQueue": {"name": "onboarding"},
                                                        "input": {"payloads": [{"tenantId": 4471, "plan": "pro"}]}}},
           {"eventId": "5", "eventTime": "2026-11-12T15:00:01.412Z", "eventType": "EVENT_TYPE_ACTIVITY_TASK_SCHEDULED",
            "activityTaskScheduledEventAttributes": {"activityId": "1", "activityType": {"name": "ConfigureSms"},
                                                     "input": {"payloads": [{"provider": "twilio", "accountSid": sid, "authToken": tt}]}}},
           {"eventId": "9", "eventTime": "2026-11-12T15:00:02.030Z", "eventType": "EVENT_TYPE_ACTIVITY_TASK_SCHEDULED",
            "activityTaskScheduledEventAttributes": {"activityId": "2", "activityType": {"name": "ConfigureBilling"},
                                                     "input": {"payloads": [{"provider": "stripe", "secretKey": sk}]}}},
           {"eventId": "12", "eventTime": "2026-11-12T15:00:02.700Z", "eventType": "EVENT_TYPE_ACTIVITY_TASK_SCHEDULED",
            "activityTaskScheduledEventAttributes": {"activityId": "3", "activityType": {"name": "ConfigureEmail"},
                                                     "input": {"payloads": [{"provider": "sendgrid", "apiKey": d.L("sendgrid-key", d.sendgrid())}]}}},
           {"eventId": "14", "eventTime": "2026-11-12T15:00:03.811Z", "eventType": "EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED",
            "workflowExecutionCompletedEventAttributes": {"result": {"payloads": [{"ok": True}]}}}]
    return J({"events": evs}, 2)


@doc("opsgenie-alert-details-json", "support/opsgenie/alert-8812-export.json",
     "opsgenie alert export whose details map carries a datadog api key and application key from a misconfigured integration", G)
def opsgenie(d):
    ak = d.L(DD, d.hex(32)); apk = d.L(DD, d.hex(40))
    alert = {"data": {"id": uuid_raw(d), "tinyId": "8812", "alias": d.X(d.hex(32)), "message": "[Datadog] Kassa p95 latency > 800ms",
                      "status": "closed", "acknowledged": True, "source": "Datadog", "priority": "P2",
                      "createdAt": "2026-11-12T03:14:55.221Z", "tags": ["kassa", "prod"],
                      "details": {"integration": "datadog", "monitor_id": d.num(9), "api_key": ak, "app_key": apk,
                                  "query": "avg(last_5m):p95:trace.http.request{service:kassa} > 0.8"}}, "took": 0.012, "requestId": uuid_raw(d)}
    return J(alert, 2)


@doc("pagerduty-v3-webhook-payload-json", "support/pagerduty/webhook-deliveries.json",
     "pagerduty v3 webhook deliveries whose incident custom details include a slack bot token and a slack webhook url", G)
def pagerduty(d):
    xb = d.L("slack-token", d.xoxb()); xp = d.L("slack-token", d.xoxb("xoxp")); hook = d.L("slack-webhook", d.slack_hook())
    evs = []
    for det in [{"notifier": "slack", "token": xb, "channel": "C0" + d.X(d.chars(9, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", bad=False))},
                {"notifier": "slack", "user_token": xp, "fallback_webhook": hook}]:
        evs.append({"event": {"id": d.X(d.alnum(26)), "event_type": "incident.triggered", "resource_type": "incident",
                              "occurred_at": "2026-11-12T04:0%d:10.112Z" % len(evs), "agent": None, "client": None,
                              "data": {"id": "Q" + d.X(d.chars(13, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", bad=False)), "type": "incident",
                                       "title": "Notifier failing: invalid_auth", "urgency": "high",
                                       "service": {"summary": "Larmkedjan"}, "custom_details": det}}})
    return J(evs, 2)


@doc("app-audit-log-integration-changes-jsonl", "var/log/kundportal/audit.jsonl",
     "application audit log in json lines recording integration changes with old masked and new full vendor keys", G)
def audit(d):
    sg = d.L("sendgrid-key", d.sendgrid()); sk = d.L("stripe-key", d.stripe()); mg = d.L("mailgun-key", d.mailgun())
    e = d.email("Henrik", "Dahl", domain="fastighetsbolaget-dahl.se", style=0)
    ip = d.ip()
    lines = []
    for i, (integ, field, new, old) in enumerate([("sendgrid", "api_key", sg, "SG.****************"), ("stripe", "secret_key", sk, "sk_live_…" + d.X(d.alnum(4))),
                                                   ("mailgun", "api_key", mg, "key-••••••••"), ("github", "token", d.L("github-token", d.ghp()), None)]):
        lines.append(J({"ts": "2026-11-12T08:%02d:31.118Z" % (i * 4), "actor": {"email": e, "ip": ip}, "action": "integration.updated",
                        "target": {"type": "integration", "name": integ}, "changes": {field: [old, new]}, "request_id": uuid_raw(d)}))
    lines.append(J({"ts": "2026-11-12T08:20:02.004Z", "actor": {"email": e, "ip": ip}, "action": "user.logout", "request_id": uuid_raw(d)}))
    return "\n".join(lines)


@doc("shopify-oauth-callback-app-log", "logs/lagerkoll-app/production.log",
     "shopify app backend log printing offline access tokens received in oauth callbacks for several shops", G)
def shopify(d):
    t1 = d.L("shopify-token", d.shopify()); t2 = d.L("shopify-token", d.shopify()); t3 = d.L("shopify-token", d.shopify("shpca_"))
    hm = d.X(d.hex(64))
    return fill('''2026-11-12T09:12:01.331Z info  [http] GET /auth?shop=lerkrukan.myshopify.com&hmac=@hm@&host=YWRtaW4uc2hvcGlmeS5jb20vc3RvcmUvbGVya3J1a2Fu&timestamp=1794474721 302 4ms
2026-11-12T09:12:07.802Z info  [oauth] callback ok shop=lerkrukan.myshopify.com scope=read_inventory,write_inventory,read_orders
2026-11-12T09:12:07.804Z debug [oauth] received offline token for lerkrukan.myshopify.com: @t1@
2026-11-12T09:12:08.120Z info  [webhooks] registered APP_UNINSTALLED, INVENTORY_LEVELS_UPDATE for lerkrukan.myshopify.com
2026-11-12T10:40:55.017Z info  [oauth] callback ok shop=tygverket.myshopify.com scope=read_inventory,write_inventory
2026-11-12T10:40:55.019Z debug [oauth] received offline token for tygverket.myshopify.com: @t2@
2026-11-12T11:02:13.550Z warn  [graphql] THROTTLED shop=tygverket.myshopify.com cost=1000 available=112
2026-11-12T13:30:44.901Z debug [oauth] custom app token (shopify partner dashboard) for glasbruket-dev.myshopify.com: @t3@
2026-11-12T13:31:02.114Z error [sync] inventory sync failed for glasbruket-dev.myshopify.com: 401 Unauthorized
''', hm=hm, t1=t1, t2=t2, t3=t3)


@doc("redis-streams-xrange-output", "notes/redis-xrange-integrations.txt",
     "redis-cli xrange output of an integrations stream whose entries carry vendor names and their keys", G)
def redisx(d):
    mg = d.L("mailgun-key", d.mailgun()); gl = d.L("gitlab-token", d.glpat()); az = d.L("azure-storage-key", d.azure_key())
    ents = [("vendor", "mailgun", "secret", mg), ("vendor", "gitlab", "token", gl), ("vendor", "azure-blob", "account_key", az)]
    out = ["127.0.0.1:6379> XRANGE integrations:changes - + COUNT 3"]
    for i, (a, b, c, v) in enumerate(ents, 1):
        out += [f'{i}) 1) "1794470{i}11223-0"', '   2) 1) "tenant"', f'      2) "{d.rng.randrange(1000, 9999)}"',
                f'      3) "{a}"', f'      4) "{b}"', f'      5) "{c}"', f'      6) "{v}"']
    out.append("127.0.0.1:6379> ")
    return "\n".join(out)


@doc("rabbitmq-management-get-messages-json", "notes/rabbitmq-peek-dead-letter.json",
     "rabbitmq management api get-messages response for a dead-letter queue with json payload strings carrying vendor keys", G)
def rabbit(d):
    sg = d.L("sendgrid-key", d.sendgrid()); sid = d.twilio_sid(); tt = d.L(TW, d.hex(32))
    msgs = []
    for p in [{"type": "email.send", "provider": "sendgrid", "api_key": sg, "to_count": 1},
              {"type": "sms.send", "provider": "twilio", "sid": sid, "auth_token": tt, "to_count": 1},
              {"type": "email.send", "provider": "mailgun", "api_key": d.L("mailgun-key", d.mailgun()), "to_count": 3}]:
        msgs.append({"payload_bytes": len(J(p)), "redelivered": True, "exchange": "notifications", "routing_key": p["type"],
                     "message_count": 3 - len(msgs), "properties": {"content_type": "application/json", "delivery_mode": 2,
                                                                   "headers": {"x-death": [{"count": 3, "queue": "notifications.send", "reason": "rejected"}]}},
                     "payload": J(p), "payload_encoding": "string"})
    return J(msgs, 2)


@doc("aws-sqs-receive-message-output-json", "notes/sqs-receive-integration-queue.json",
     "aws sqs receive-message cli output whose message bodies are escaped json with vendor credentials", G)
def sqs(d):
    sg = d.L("sendgrid-key", d.sendgrid()); dd = d.L(DD, d.hex(32))
    msgs = []
    for body in [{"integration": "sendgrid", "api_key": sg}, {"integration": "datadog", "api_key": dd, "site": "datadoghq.eu"},
                 {"integration": "slack", "webhook": d.L("slack-webhook", d.slack_hook())}]:
        b = J(body)
        msgs.append({"MessageId": uuid_raw(d), "ReceiptHandle": d.X("AQEB" + d.b64(96)), "MD5OfBody": d.X(d.hex(32)), "Body": b,
                     "Attributes": {"SentTimestamp": str(1794470000000 + len(msgs) * 1234), "ApproximateReceiveCount": "2"}})
    return "$ aws sqs receive-message --queue-url https://sqs.eu-north-1.amazonaws.com/" + d.X(d.num(12)) + "/integration-config --max-number-of-messages 3 --attribute-names All\n" + J({"Messages": msgs}, 4)


@doc("azure-event-grid-event-json", "tests/fixtures/eventgrid/storage-key-rotated.json",
     "azure event grid schema events for a custom storage-key-rotated topic carrying the new account key", G)
def eventgrid(d):
    k1 = d.L("azure-storage-key", d.azure_key()); k2 = d.L("azure-storage-key", d.azure_key())
    sub = uuid_raw(d)
    evs = []
    for acct, key in [("stkundfiler001", k1), ("stbackupweu002", k2)]:
        evs.append({"id": uuid_raw(d), "topic": f"/subscriptions/{sub}/resourceGroups/rg-lagring/providers/Microsoft.EventGrid/topics/nyckelrotation",
                    "subject": f"storageAccounts/{acct}", "eventType": "Kommun.Storage.KeyRotated", "eventTime": "2026-11-12T02:00:0%d.1134Z" % len(evs),
                    "data": {"accountName": acct, "keyName": "key1", "accountKey": key, "rotatedBy": "func-nyckelrotation"},
                    "dataVersion": "1.0", "metadataVersion": "1"})
    return J(evs, 2)


@doc("customerio-track-api-identify-json", "captures/customerio/identify-requests.txt",
     "customer.io track api identify requests whose customer attributes include an integration vendor and its token", G)
def customerio(d):
    gh = d.L("github-token", d.ghp()); hf = d.L("huggingface-token", d.hf())
    e1 = d.email("Gustav", "Forsberg", domain="outlook.com", style=0); e2 = d.email("Maja", "Ekdahl", domain="icloud.com", style=0)
    r1 = {"email": e1, "created_at": 1794300000, "integration": "github", "integration_token": gh, "plan": "team"}
    r2 = {"email": e2, "created_at": 1794310000, "integration": "huggingface", "integration_token": hf, "plan": "free"}
    return ("PUT https://track-eu.customer.io/api/v1/customers/" + d.num(6) + "\nContent-Type: application/json\n\n" + J(r1, 2) +
            "\n\nPUT https://track-eu.customer.io/api/v1/customers/" + d.num(6) + "\nContent-Type: application/json\n\n" + J(r2, 2) + "\n")


@doc("cloudtrail-lookup-events-output-json", "notes/cloudtrail-secret-changes.json",
     "aws cloudtrail lookup-events output with access key ids in user identities and hidden request parameters", G)
def cloudtrail(d):
    a1 = d.L("aws-access-key-id", d.akia("ASIA")); a2 = d.L("aws-access-key-id", d.akia())
    acct = d.X(d.num(12))
    evs = []
    for name, ak, params in [("PutSecretValue", a1, {"secretId": "prod/kundportal/sendgrid", "secretString": "HIDDEN_DUE_TO_SECURITY_REASONS"}),
                             ("PutParameter", a2, {"name": "/prod/kassa/datadog_api_key", "type": "SecureString", "value": "HIDDEN_DUE_TO_SECURITY_REASONS", "overwrite": True})]:
        if ak.startswith("AKIA"):
            ui = {"type": "IAMUser", "principalId": d.X("AIDA" + d.chars(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", bad=False)),
                  "arn": f"arn:aws:iam::{acct}:user/deploy-bot", "accountId": acct, "accessKeyId": ak, "userName": "deploy-bot"}
        else:
            rid = d.X("AROA" + d.chars(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", bad=False))
            ui = {"type": "AssumedRole", "principalId": rid + ":deploy-bot", "arn": f"arn:aws:sts::{acct}:assumed-role/secrets-writer/deploy-bot",
                  "accountId": acct, "accessKeyId": ak, "sessionContext": {"sessionIssuer": {"type": "Role", "principalId": rid,
                  "arn": f"arn:aws:iam::{acct}:role/secrets-writer", "accountId": acct, "userName": "secrets-writer"},
                  "attributes": {"creationDate": "2026-11-12T06:02:41Z", "mfaAuthenticated": "false"}}}
        ct = {"eventVersion": "1.09", "userIdentity": ui,
              "eventTime": "2026-11-12T06:1%d:03Z" % len(evs), "eventSource": "secretsmanager.amazonaws.com" if name == "PutSecretValue" else "ssm.amazonaws.com",
              "eventName": name, "awsRegion": "eu-north-1", "sourceIPAddress": "10.20.3.44", "userAgent": "aws-cli/2.22.4",
              "requestParameters": params, "responseElements": None, "requestID": uuid_raw(d), "eventID": uuid_raw(d)}
        evs.append({"EventId": ct["eventID"], "EventName": name, "ReadOnly": "false", "AccessKeyId": ak, "EventTime": "2026-11-12T07:1%d:03+01:00" % len(evs),
                    "EventSource": ct["eventSource"], "Username": "deploy-bot", "Resources": [], "CloudTrailEvent": J(ct)})
    return "$ aws cloudtrail lookup-events --lookup-attributes AttributeKey=Username,AttributeValue=deploy-bot --max-results 2\n" + J({"Events": evs}, 4)


@doc("otelcol-debug-exporter-span-attributes", "notes/otel-collector-debug-output.txt",
     "opentelemetry collector debug exporter detailed output with span attributes holding captured request headers of vendor apis", G)
def otel(d):
    dd = d.L("datadog-key", d.hex(32)); ddapp = d.L("datadog-key", d.hex(40)); sg = d.L("sendgrid-key", d.sendgrid())
    tid = d.X(d.hex(32)); sp1 = d.X(d.hex(16)); sp2 = d.X(d.hex(16))
    return fill('''2026-11-12T09:41:22.118Z	info	Traces	{"kind": "exporter", "data_type": "traces", "name": "debug", "resource spans": 1, "spans": 2}
2026-11-12T09:41:22.118Z	info	ResourceSpans #0
Resource SchemaURL: https://opentelemetry.io/schemas/1.26.0
Resource attributes:
     -> service.name: Str(metrics-forwarder)
     -> service.version: Str(1.8.2)
     -> deployment.environment: Str(prod)
ScopeSpans #0
ScopeSpans SchemaURL:
InstrumentationScope @opentelemetry/instrumentation-undici 0.6.0
Span #0
    Trace ID       : @tid@
    Parent ID      :
    ID             : @sp1@
    Name           : POST
    Kind           : Client
    Start time     : 2026-11-12 09:41:21.904 +0000 UTC
    End time       : 2026-11-12 09:41:22.011 +0000 UTC
    Status code    : Unset
    Status message :
Attributes:
     -> http.request.method: Str(POST)
     -> url.full: Str(https://api.datadoghq.eu/api/v2/series)
     -> server.address: Str(api.datadoghq.eu)
     -> http.request.header.dd-api-key: Slice(["@dd@"])
     -> http.request.header.dd-application-key: Slice(["@ddapp@"])
     -> http.response.status_code: Int(202)
Span #1
    Trace ID       : @tid@
    Parent ID      :
    ID             : @sp2@
    Name           : POST
    Kind           : Client
    Start time     : 2026-11-12 09:41:22.030 +0000 UTC
    End time       : 2026-11-12 09:41:22.101 +0000 UTC
    Status code    : Unset
    Status message :
Attributes:
     -> http.request.method: Str(POST)
     -> url.full: Str(https://api.sendgrid.com/v3/mail/send)
     -> http.request.header.authorization: Slice(["Bearer @sg@"])
     -> http.response.status_code: Int(202)
	{"kind": "exporter", "data_type": "traces", "name": "debug"}
''', tid=tid, sp1=sp1, sp2=sp2, dd=dd, ddapp=ddapp, sg=sg)


# ------------------------------------------------------------------ second documents
@doc("kafka-console-consumer-integration-topic", "notes/kafka-debug-webhook-endpoints.txt",
     "kafka-console-consumer output of a webhook-endpoints topic whose values carry the signing secrets of stripe, shopify, github and slack endpoints", G)
def kafka2(d):
    rows = [("t-1044", {"source": "stripe", "endpoint": "/hooks/stripe", "secret": "whsec_" + d.alnum(32)}),
            ("t-1044", {"source": "shopify", "endpoint": "/hooks/shopify", "secret": d.shopify("shpss_")}),
            ("t-2210", {"source": "github", "endpoint": "/hooks/github", "secret": d.hex(40)}),
            ("t-3307", {"source": "slack", "endpoint": "/hooks/slack/events", "signing_secret": d.hex(32)})]
    for _, v in rows:
        val = v.get("secret") or v.get("signing_secret")
        d.L("shopify-token" if val.startswith("shpss_") else "generic-secret", val)
    out = ["$ kafka-console-consumer.sh --bootstrap-server kafka-1.internal:9092 --topic tenant.webhook-endpoints.v2 \\",
           "    --from-beginning --property print.key=true --max-messages 4"]
    for k, v in rows:
        out.append(f"{k}\t{J(v)}")
    out.append("Processed a total of 4 messages")
    return "\n".join(out)


@doc("segment-http-api-batch-json", "captures/segment/batch-2026-11-13T1402.json",
     "second segment batch capture with integration events carrying a twilio auth token next to the account sid and datadog keys", G)
def segment2(d):
    sid = d.twilio_sid(); tok = d.L(TW, d.hex(32))
    ak = d.L(DD, d.hex(32)); apk = d.L(DD, d.hex(40))
    uid = d.num(6)
    batch = {"batch": [
        {"type": "track", "userId": uid, "event": "Integration Connected",
         "properties": {"provider": "twilio", "account_sid": sid, "auth_token": tok}, "timestamp": "2026-11-13T14:02:11.204Z", "messageId": d.X(uuid_raw(d))},
        {"type": "track", "userId": uid, "event": "Integration Connected",
         "properties": {"provider": "datadog", "site": "datadoghq.eu", "api_key": ak, "app_key": apk}, "timestamp": "2026-11-13T14:02:12.011Z", "messageId": d.X(uuid_raw(d))},
        {"type": "page", "userId": uid, "name": "Integrations", "properties": {"path": "/settings/integrations"}, "timestamp": "2026-11-13T14:02:14.880Z", "messageId": d.X(uuid_raw(d))}],
        "sentAt": "2026-11-13T14:02:15.001Z"}
    return "POST https://events.eu1.segmentapis.com/v1/batch\nContent-Type: application/json\n\n" + J(batch, 2)


@doc("app-audit-log-integration-changes-jsonl", "var/log/bokningsmotor/audit.jsonl",
     "second service's audit log in json lines with twilio, slack and stripe credentials recorded in the change sets", G)
def audit2(d):
    sid = d.twilio_sid()
    tt = d.L(TW, d.hex(32)); xb = d.L("slack-token", d.xoxb()); rk = d.L("stripe-key", d.stripe("rk_live_"))
    e = d.email("Karin", "Hedlund", domain="hedlunds-resor.se", style=0)
    lines = []
    for i, (integ, ch) in enumerate([("twilio", {"account_sid": [None, sid], "auth_token": [None, tt]}), ("slack", {"bot_token": ["xoxb-…", xb]}),
                                     ("stripe", {"restricted_key": [None, rk]})]):
        lines.append(J({"time": "2026-11-13T10:%02d:00Z" % (i * 7), "user": e, "event": "settings.integration.saved", "integration": integ, "diff": ch, "trace": d.X(d.hex(16))}))
    return "\n".join(lines)


@doc("customerio-track-api-identify-json", "captures/customerio/identify-requests-2.txt",
     "second capture of customer.io identify calls whose attributes carry a gitlab token and a shopify admin token", G)
def customerio2(d):
    gl = d.L("gitlab-token", d.glpat()); sp = d.L("shopify-token", d.shopify())
    e = d.email("Axel", "Wallin", domain="proton.me", style=0)
    r = {"email": e, "integration": "gitlab", "integration_token": gl, "shopify_store": "wallin-keramik.myshopify.com", "shopify_token": sp}
    return "PUT https://track-eu.customer.io/api/v1/customers/" + d.num(6) + "\nContent-Type: application/json\n\n" + J(r, 2) + "\n"

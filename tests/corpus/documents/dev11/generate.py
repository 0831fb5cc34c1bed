#!/usr/bin/env python3
"""Writes the dev11 document set and labels.tsv (deterministic: fixed seed in c_common.R, stdlib only).

Run from anywhere: python3 generate.py
"""
import collections, json, os, shutil, sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from c_common import Corpus  # noqa: E402
import c_http, c_infra, c_ci, c_app, c_ops, c_prose, c_sweden, c_extra  # noqa: E402

CARRIERS = [
    c_http.kong, c_http.envoy, c_http.traefik, c_http.haproxy, c_http.otel, c_http.jaeger, c_http.insomnia, c_http.bruno,
    c_http.thunder, c_http.rest_client, c_http.k6, c_http.jmeter, c_http.gatling,
    c_infra.tfplan, c_infra.pulumi, c_infra.ansible_inv, c_infra.salt, c_infra.chef, c_infra.systemd_units, c_infra.supervisord,
    c_infra.docker_inspect, c_infra.k8s_cm, c_infra.argocd, c_infra.flux,
    c_ci.gha, c_ci.gitlab_ci, c_ci.jenkins, c_ci.circleci, c_ci.buildkite, c_ci.drone,
    c_app.spring, c_app.actuator, c_app.laravel, c_app.express, c_app.appsettings, c_app.golang, c_app.rust, c_app.java_src,
    c_app.kotlin, c_app.swift, c_app.ruby, c_app.ide,
    c_ops.pgpass, c_ops.mycnf, c_ops.db_clients, c_ops.rabbitmq, c_ops.nats, c_ops.mqtt, c_ops.mail, c_ops.wifi, c_ops.openvpn,
    c_ops.netgear, c_ops.bugsnag,
    c_prose.zendesk, c_prose.teams, c_prose.whatsapp, c_prose.discord, c_prose.eml, c_prose.crm_csv, c_prose.migrations,
    c_sweden.akassa, c_sweden.skola, c_sweden.bank, c_sweden.forsakring, c_sweden.paxml, c_sweden.sie, c_sweden.vard,
    c_extra.apisix, c_extra.tyk, c_extra.caddy, c_extra.serverless, c_extra.rclone, c_extra.s3cmd, c_extra.botocore,
    c_extra.logstash, c_extra.vector, c_extra.medlemsregister, c_extra.shoplogs,
]


def main():
    C = Corpus(HERE)
    for fn in CARRIERS:
        fn(C)
    errors, warns = C.check()
    for w in warns:
        print("WARN", w)
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    # clear previously generated carrier directories, then write
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and not name.startswith((".", "__")):
            shutil.rmtree(p)
    rows = C.write()
    per_cat = collections.Counter()
    for _, cat, _ in rows:
        for c in cat.split("|"):
            per_cat[c] += 1
    dirs = sorted({p.split("/")[0] for p in C.docs})
    stats = {"documents": len(C.docs), "carriers": len(dirs), "labels": len(rows),
             "per_category": dict(sorted(per_cat.items(), key=lambda x: -x[1])),
             "per_label_category": dict(collections.Counter(c for _, c, _ in rows).most_common())}
    with open(os.path.join(HERE, "stats.json"), "w") as f:
        json.dump(stats, f, indent=2)
        f.write("\n")
    print(json.dumps(stats, indent=2))


if __name__ == "__main__":
    main()

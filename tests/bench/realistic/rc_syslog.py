"""Host logs: RFC 3164 syslog (sshd, sudo, systemd, kubelet klog lines,
containerd logfmt, kernel, CRON, chronyd, dockerd, auditd), RFC 5424 with
structured data, journald export format (multi-line KEY=VALUE blocks),
journalctl -o json and -o short-iso.
"""
import sys
sys.dont_write_bytecode = True

from rc_util import (V, TS_SYSLOG, TS_RFC5424, TS_EPOCH_US, TS_MONO_US, TS_KLOG, TS_ISO_T_NS_Z, TS_DMESG,
                     TS_JOURNAL_SHORT, TS_EPOCH_MS_DOT, TSM, TSN, to_pieces, jdumps, hexs, uuid4, private_ip, pod_ip,
                     container_id, eph_port, pick_chars, b64, digest, K8S_ALPHA)


def _host(r, cat):
    return r.choice(cat.nodes[:4] + cat.hosts)


def _kpod(r, cat):
    svc = r.choice(cat.services)
    i = r.randrange(len(svc.pods))
    return svc, i


def _sshfp(r):
    return 'SHA256:' + b64(r, 32).rstrip('=')


def host_message(r, cat):
    """Return (ident, pid_or_None, message)."""
    k = r.randrange(30)
    if k < 6:
        svc, i = _kpod(r, cat)
        pod = '%s/%s' % (svc.ns, svc.pods[i])
        lvl = r.choice('IIIIIIWE')
        msgs = [
            '"SyncLoop (PLEG): event for pod" pod="%s" event={"ID":"%s","Type":"%s","Data":"%s"}' % (pod, svc.pod_uids[i], r.choice(('ContainerStarted', 'ContainerDied')), container_id(r)),
            '"Probe failed" probeType="Readiness" pod="%s" podUID="%s" containerName="%s" probeResult="failure" output="Get \\"http://%s:%d/actuator/health/readiness\\": dial tcp %s:%d: connect: connection refused"' % (pod, svc.pod_uids[i], svc.name, svc.pod_ips[i], svc.port, svc.pod_ips[i], svc.port),
            '"SyncLoop UPDATE" source="api" pods=["%s"]' % pod,
            '"Killing container with a grace period" pod="%s" podUID="%s" containerName="%s" containerID="containerd://%s" gracePeriod=30' % (pod, svc.pod_uids[i], svc.name, svc.cids[i]),
            '"RemoveContainer" containerID="%s"' % container_id(r),
            '"Volume detached for volume \\"kube-api-access-%s\\" (UniqueName: \\"kubernetes.io/projected/%s-kube-api-access-%s\\") on node \\"%s\\" DevicePath \\"\\""' % (pick_chars(r, K8S_ALPHA, 5), svc.pod_uids[i], pick_chars(r, K8S_ALPHA, 5), r.choice(cat.nodes)),
            '"Observed pod startup duration" pod="%s" podStartSLOduration=%.9f podStartE2EDuration="%.9fs" podCreationTimestamp="2024-03-%02d %02d:%02d:%02d +0000 UTC"' % (pod, r.random() * 10, r.random() * 30, r.randrange(1, 29), r.randrange(24), r.randrange(60), r.randrange(60)),
        ]
        kpid = r.randrange(800, 3000)
        return 'kubelet', kpid, [lvl, TS_KLOG, '    %d %s:%d] %s' % (kpid, r.choice(('kubelet.go', 'prober.go', 'kuberuntime_container.go', 'pod_startup_latency_tracker.go', 'reconciler_common.go', 'scope.go')), r.randrange(100, 3000), r.choice(msgs))]
    if k < 9:
        svc, i = _kpod(r, cat)
        msgs = [
            'StartContainer for \\"%s\\" returns successfully' % container_id(r),
            'CreateContainer within sandbox \\"%s\\" for &ContainerMetadata{Name:%s,Attempt:%d,} returns container id \\"%s\\"' % (container_id(r), svc.name, r.randrange(0, 4), container_id(r)),
            'PullImage \\"%s\\" returns image reference \\"%s\\"' % (svc.image, digest(r)),
            'shim disconnected" id=%s namespace=k8s.io' % container_id(r),
            'TaskExit event container_id:\\"%s\\" id:\\"%s\\" pid:%d exit_status:%d exited_at:{seconds:%d nanos:%d}' % (container_id(r), container_id(r), r.randrange(1000, 99999), r.choice((0, 0, 1, 137, 143)), 1710000000 + r.randrange(10**7), r.randrange(10**9)),
        ]
        m = r.choice(msgs)
        if m.startswith('shim'):
            return 'containerd', r.randrange(500, 2000), ['time="', TSM_ISO(), '" level=info msg="' + m]
        return 'containerd', r.randrange(500, 2000), ['time="', TSM_ISO(), '" level=info msg="%s"' % m]
    if k < 12:
        u = r.choice(('deploy', 'ci', 'ubuntu', 'ec2-user', 'ansible'))
        ip = private_ip(r)
        port = eph_port(r)
        m = r.choice(('Accepted publickey for %s from %s port %d ssh2: ED25519 %s' % (u, ip, port, _sshfp(r)),
                      'pam_unix(sshd:session): session opened for user %s(uid=%d) by (uid=0)' % (u, r.randrange(1000, 1010)),
                      'Received disconnect from %s port %d:11: disconnected by user' % (ip, port),
                      'Disconnected from user %s %s port %d' % (u, ip, port),
                      'Connection closed by authenticating user %s %s port %d [preauth]' % (u, ip, port),
                      'pam_unix(sshd:session): session closed for user %s' % u))
        return 'sshd', r.randrange(1000, 99999), [m]
    if k < 13:
        u = r.choice(('deploy', 'ci', 'ansible'))
        cmd = r.choice(('/usr/bin/systemctl restart kubelet', '/usr/bin/journalctl -u containerd --since -1h', '/usr/bin/crictl ps -a', '/usr/sbin/iptables -L -n', '/usr/bin/apt-get -y upgrade', '/usr/bin/docker system prune -f'))
        return 'sudo', None, ['    %s : TTY=pts/%d ; PWD=/home/%s ; USER=root ; COMMAND=%s' % (u, r.randrange(0, 4), u, cmd)]
    if k < 17:
        m = r.choice(('Started Session %d of User %s.' % (r.randrange(1, 9000), r.choice(('deploy', 'ci', 'ubuntu'))),
                      'Starting Daily apt download activities...', 'Finished Daily apt download activities.',
                      'run-containerd-runc-k8s.io-%s-runc.%s.mount: Deactivated successfully.' % (container_id(r), pick_chars(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 6)),
                      'cri-containerd-%s.scope: Consumed %.3fs CPU time.' % (container_id(r), r.random() * 300),
                      'Started cri-containerd-%s.scope - libcontainer container %s.' % (container_id(r), container_id(r)),
                      'Starting Rotate log files...', 'logrotate.service: Deactivated successfully.', 'Finished Rotate log files.',
                      'Reloading.', 'Started Cleanup of Temporary Directories.', 'sysstat-collect.service: Deactivated successfully.',
                      'var-lib-kubelet-pods-%s-volumes-kubernetes.io\\x7eprojected-kube\\x2dapi\\x2daccess\\x2d%s.mount: Deactivated successfully.' % (uuid4(r).replace('-', '\\x2d'), pick_chars(r, K8S_ALPHA, 5))))
        return 'systemd', 1, [m]
    if k < 21:
        m = r.choice(('IPv6: ADDRCONF(NETDEV_CHANGE): cali%s: link becomes ready' % hexs(r, 11),
                      'eth0: renamed from tmp%d' % r.randrange(10000, 99999),
                      'cni0: port %d(veth%s) entered forwarding state' % (r.randrange(1, 40), hexs(r, 8)),
                      'cni0: port %d(veth%s) entered disabled state' % (r.randrange(1, 40), hexs(r, 8)),
                      'device veth%s entered promiscuous mode' % hexs(r, 8),
                      'EXT4-fs (nvme1n1): mounted filesystem with ordered data mode. Quota mode: none.',
                      'nf_conntrack: nf_conntrack: table full, dropping packet',
                      'Memory cgroup out of memory: Killed process %d (%s) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:%d pgtables:%dkB oom_score_adj:%d' % (
                          r.randrange(1000, 99999), r.choice(('java', 'node', 'python3', 'gunicorn')), r.randrange(10**6, 9 * 10**6), r.randrange(10**5, 2 * 10**6), r.randrange(1000, 90000), r.choice((0, 1000, 65532)), r.randrange(500, 9000), r.choice((-997, 936, 984, 1000))),
                      'audit: type=1400 audit(%d.%03d:%d): apparmor="DENIED" operation="open" profile="cri-containerd.apparmor.d" name="/proc/sys/kernel/%s" pid=%d comm="%s" requested_mask="r" denied_mask="r" fsuid=0 ouid=0' % (
                          1710000000 + r.randrange(10**7), r.randrange(1000), r.randrange(100, 90000), r.choice(('osrelease', 'random/boot_id')), r.randrange(1000, 99999), r.choice(('java', 'node'))),
                      'TCP: request_sock_TCP: Possible SYN flooding on port %d. Sending cookies.  Check SNMP counters.' % r.choice((8080, 443, 9092))))
        return 'kernel', None, [TS_DMESG, ' ' + m]
    if k < 22:
        return 'CRON', r.randrange(1000, 99999), ['(%s) CMD (%s)' % (r.choice(('root', 'deploy')), r.choice(('   cd / && run-parts --report /etc/cron.hourly', '/usr/local/bin/backup-etcd.sh >/dev/null 2>&1', 'test -x /usr/sbin/anacron || ( cd / && run-parts --report /etc/cron.daily )', '/usr/lib/sysstat/debian-sa1 1 1')))]
    if k < 23:
        return 'chronyd', r.randrange(400, 900), [r.choice(('Selected source %s (ntp%d.example.org)' % (private_ip(r), r.randrange(1, 4)), 'System clock wrong by %.6f seconds' % (r.random() / 10), 'Can\'t synchronise: no selectable sources'))]
    if k < 25:
        return 'dockerd', r.randrange(500, 1500), ['time="', TSM_ISO(), '" level=%s msg="%s"' % (r.choice(('info', 'warning')), r.choice((
            'ignoring event" container=%s module=libcontainerd namespace=moby topic=/tasks/delete type="*events.TaskDelete' % container_id(r),
            'Container failed to exit within 10s of signal 15 - using the force" container=%s' % container_id(r),
            'Layer sha256:%s cleaned up' % hexs(r, 64))))]
    if k < 27:
        return 'auditd', r.randrange(300, 900), ['type=SYSCALL msg=audit(', TS_EPOCH_MS_DOT, ':%d): arch=c000003e syscall=%d success=yes exit=0 a0=%x a1=%x a2=0 a3=0 items=2 ppid=%d pid=%d auid=%d uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 tty=(none) ses=%d comm="%s" exe="%s" key="%s"' % (
            r.randrange(1000, 10**6), r.choice((59, 257, 2, 42)), r.getrandbits(40), r.getrandbits(40), r.randrange(1, 9000), r.randrange(1000, 99999), r.choice((1000, 4294967295)), r.randrange(1, 900),
            r.choice(('runc', 'containerd-shim', 'kubelet', 'bash')), r.choice(('/usr/bin/runc', '/usr/bin/containerd-shim-runc-v2', '/usr/bin/kubelet', '/usr/bin/bash')), r.choice(('exec', 'k8s-exec', 'privileged')))]
    if k < 28:
        return 'systemd-networkd', r.randrange(400, 900), [r.choice(('eth0: DHCPv4 address %s/24, gateway %s acquired from %s' % (private_ip(r), private_ip(r), private_ip(r)), 'veth%s: Link UP' % hexs(r, 8), 'veth%s: Gained carrier' % hexs(r, 8), 'veth%s: Link DOWN' % hexs(r, 8)))]
    return 'dhclient', r.randrange(400, 900), ['DHCPREQUEST for %s on eth0 to %s port 67' % (private_ip(r), private_ip(r))]


def TSM_ISO():
    return TS_ISO_T_NS_Z


def rfc3164(r, cat):
    ident, pid, body = host_message(r, cat)
    host = _host(r, cat).split('.')[0]
    tag = '%s[%d]' % (ident, pid) if pid else ident
    return [TS_SYSLOG, ' %s %s: ' % (host, tag)] + body + ['\n']


def rfc5424(r, cat):
    ident, pid, body = host_message(r, cat)
    pri = r.choice((30, 30, 38, 86, 134, 131, 28, 14))
    host = _host(r, cat)
    sd = r.choice(('-', '-', '[meta sequenceId="%d"]' % r.randrange(1, 10**6), '[timeQuality tzKnown="1" isSynced="1" syncAccuracy="%d"]' % r.randrange(1000, 900000),
                   '[origin ip="%s" software="rsyslogd" swVersion="8.2312.0"]' % private_ip(r)))
    return ['<%d>1 ' % pri, TS_RFC5424, ' %s %s %s %s %s ' % (host, ident, pid or '-', r.choice(('-', '-', 'ID%d' % r.randrange(1, 90))), sd)] + body + ['\n']


def journal_short(r, cat):
    ident, pid, body = host_message(r, cat)
    host = _host(r, cat).split('.')[0]
    tag = '%s[%d]' % (ident, pid) if pid else ident
    return [TS_JOURNAL_SHORT, ' %s %s: ' % (host, tag)] + body + ['\n']


UNITS = {'kubelet': 'kubelet.service', 'containerd': 'containerd.service', 'sshd': 'ssh.service', 'sudo': None, 'systemd': 'init.scope',
         'kernel': None, 'CRON': 'cron.service', 'chronyd': 'chrony.service', 'dockerd': 'docker.service', 'auditd': 'auditd.service',
         'systemd-networkd': 'systemd-networkd.service', 'dhclient': 'networking.service'}
EXES = {'kubelet': '/usr/bin/kubelet', 'containerd': '/usr/bin/containerd', 'sshd': '/usr/sbin/sshd', 'sudo': '/usr/bin/sudo', 'systemd': '/usr/lib/systemd/systemd',
        'CRON': '/usr/sbin/cron', 'chronyd': '/usr/sbin/chronyd', 'dockerd': '/usr/bin/dockerd', 'auditd': '/usr/sbin/auditd',
        'systemd-networkd': '/usr/lib/systemd/systemd-networkd', 'dhclient': '/usr/sbin/dhclient'}


def _flatten_body(body):
    return body  # pieces, may contain TS slots


def journal_export(r, cat):
    ident, pid, body = host_message(r, cat)
    host = _host(r, cat).split('.')[0]
    prio = r.choice((6, 6, 6, 5, 4, 3))
    seq = r.randrange(10**5, 10**8)
    out = ['__CURSOR=s=%s;i=%x;b=%s;m=%x;t=%x;x=%s\n' % (hexs(r, 32), seq, cat.boot_id, r.getrandbits(40), r.getrandbits(52), hexs(r, 16)),
           '__REALTIME_TIMESTAMP=', TS_EPOCH_US, '\n__MONOTONIC_TIMESTAMP=', TS_MONO_US,
           '\n_BOOT_ID=%s\n_TRANSPORT=%s\nPRIORITY=%d\nSYSLOG_FACILITY=%d\n' % (cat.boot_id, 'kernel' if ident == 'kernel' else r.choice(('stdout', 'syslog', 'journal')), prio, 0 if ident == 'kernel' else r.choice((3, 4, 10))),
           'SYSLOG_IDENTIFIER=%s\nMESSAGE=' % ident] + body + ['\n']
    if ident != 'kernel':
        unit = UNITS.get(ident) or 'session-%d.scope' % r.randrange(1, 900)
        out.append('_PID=%d\n_UID=0\n_GID=0\n_COMM=%s\n_EXE=%s\n_CMDLINE=%s\n_CAP_EFFECTIVE=1ffffffffff\n_SELINUX_CONTEXT=unconfined\n_SYSTEMD_CGROUP=/system.slice/%s\n_SYSTEMD_UNIT=%s\n_SYSTEMD_SLICE=system.slice\n_SYSTEMD_INVOCATION_ID=%s\n_STREAM_ID=%s\n' % (
            pid or r.randrange(300, 9000), ident[:15], EXES.get(ident, '/usr/bin/' + ident), EXES.get(ident, ident) + r.choice(('', ' --config=/var/lib/kubelet/config.yaml' if ident == 'kubelet' else ' -D')),
            unit, unit, hexs(r, 32), hexs(r, 32)))
    out.append('_MACHINE_ID=%s\n_HOSTNAME=%s\n_RUNTIME_SCOPE=system\n\n' % (cat.machine_id, host))
    return out


def journal_json(r, cat):
    ident, pid, body = host_message(r, cat)
    host = _host(r, cat).split('.')[0]
    # flatten message: TS slots inside messages become marker strings
    msg = ''.join(p if isinstance(p, str) else TSM(p) for p in body)
    unit = UNITS.get(ident) or 'session-%d.scope' % r.randrange(1, 900)
    o = {'__CURSOR': 's=%s;i=%x;b=%s;m=%x;t=%x;x=%s' % (hexs(r, 32), r.randrange(10**5, 10**8), cat.boot_id, r.getrandbits(40), r.getrandbits(52), hexs(r, 16)),
         '__REALTIME_TIMESTAMP': TSM(TS_EPOCH_US), '__MONOTONIC_TIMESTAMP': TSM(TS_MONO_US), '_BOOT_ID': cat.boot_id, 'PRIORITY': str(r.choice((6, 6, 5, 4, 3))),
         '_TRANSPORT': 'stdout', '_PID': str(pid or r.randrange(300, 9000)), '_UID': '0', '_GID': '0', '_COMM': ident[:15], '_EXE': EXES.get(ident, '/usr/bin/' + ident),
         '_SYSTEMD_CGROUP': '/system.slice/' + unit, '_SYSTEMD_UNIT': unit, '_SYSTEMD_SLICE': 'system.slice', '_MACHINE_ID': cat.machine_id, '_HOSTNAME': host,
         'SYSLOG_IDENTIFIER': ident, 'MESSAGE': msg}
    return to_pieces(jdumps(o) + '\n')


# ---------------------------------------------------------------------------
# leaky host logs
# ---------------------------------------------------------------------------
def leak_ssh_failed(r, cat):
    host = _host(r, cat).split('.')[0]
    u = r.choice(('root', 'admin', 'ubuntu', 'test', 'oracle', 'postgres', 'git', 'user'))
    m = r.choice(('Failed password for invalid user %s from ' % u, 'Failed password for %s from ' % u, 'Invalid user %s from ' % u,
                  'Disconnected from invalid user %s ' % u, 'Connection closed by authenticating user %s ' % u, 'Accepted password for deploy from '))
    return [TS_SYSLOG, ' %s sshd[%d]: %s' % (host, r.randrange(1000, 99999), m), V('ipv4_public'), ' port %d%s\n' % (eph_port(r), r.choice((' ssh2', ' [preauth]', ' ssh2')))]


def leak_sudo_pw(r, cat):
    host = _host(r, cat).split('.')[0]
    u = r.choice(('deploy', 'ci', 'ansible'))
    cmd = r.choice(('/usr/bin/mysql -u root -p', '/usr/bin/psql postgresql://postgres:', '/usr/bin/redis-cli -a ', '/usr/local/bin/vault login -method=userpass username=ops password='))
    tail = '@db-01:5432/postgres -c \\x27select 1\\x27' if 'psql' in cmd else (' -e status' if 'mysql' in cmd else (' PING' if 'redis' in cmd else ''))
    return [TS_SYSLOG, ' %s sudo: %8s : TTY=pts/%d ; PWD=/home/%s ; USER=root ; COMMAND=%s' % (host, u, r.randrange(0, 4), u, cmd), V('password'), tail + '\n']


def leak_postfix(r, cat):
    host = _host(r, cat).split('.')[0]
    qid = hexs(r, 10).upper()
    return [TS_SYSLOG, ' %s postfix/smtp[%d]: %s: to=<' % (host, r.randrange(1000, 99999), qid), V('email'),
            '>, relay=smtp.example.net[%s]:587, delay=%.2f, delays=0.01/0/0.2/%.2f, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as %s)\n' % (private_ip(r), r.random() * 2, r.random(), hexs(r, 12).upper())]


def leak_cron_token(r, cat):
    host = _host(r, cat).split('.')[0]
    if r.random() < 0.5:
        return [TS_SYSLOG, ' %s CRON[%d]: (deploy) CMD (curl -fsS -H "Authorization: Bearer ' % (host, r.randrange(1000, 99999)), V('bearer_token'),
                '" https://api.example.com/internal/v1/reindex >/dev/null)\n']
    return [TS_SYSLOG, ' %s CRON[%d]: (deploy) CMD (/usr/local/bin/backup.sh --s3-key ' % (host, r.randrange(1000, 99999)), V('aws_key_id'), ' --s3-secret ', V('aws_secret'), ')\n']


def leak_journal_ip(r, cat):
    body = [r.choice(('Failed password for invalid user admin from ', 'Invalid user oracle from ', 'Connection closed by authenticating user root ')), V('ipv4_public'), ' port %d ssh2' % eph_port(r)]
    return _journal_with(r, cat, 'sshd', body)


def _journal_with(r, cat, ident, body):
    host = _host(r, cat).split('.')[0]
    unit = UNITS.get(ident, ident + '.service')
    return ['__CURSOR=s=%s;i=%x;b=%s;m=%x;t=%x;x=%s\n' % (hexs(r, 32), r.randrange(10**5, 10**8), cat.boot_id, r.getrandbits(40), r.getrandbits(52), hexs(r, 16)),
            '__REALTIME_TIMESTAMP=', TS_EPOCH_US, '\n__MONOTONIC_TIMESTAMP=', TS_MONO_US,
            '\n_BOOT_ID=%s\n_TRANSPORT=syslog\nPRIORITY=5\nSYSLOG_FACILITY=10\nSYSLOG_IDENTIFIER=%s\n_PID=%d\n_UID=0\n_GID=0\n_COMM=%s\n_EXE=%s\n_SYSTEMD_CGROUP=/system.slice/%s\n_SYSTEMD_UNIT=%s\n_MACHINE_ID=%s\n_HOSTNAME=%s\nMESSAGE=' % (
                cat.boot_id, ident, r.randrange(1000, 99999), ident, EXES.get(ident, '/usr/sbin/' + ident), unit, unit, cat.machine_id, host)] + body + ['\n\n']


CLEAN = [
    ('syslog.rfc3164', 0.45, rfc3164, 15),
    ('syslog.rfc5424', 0.15, rfc5424, 10),
    ('syslog.journal_export', 0.18, journal_export, 6),
    ('syslog.journal_json', 0.10, journal_json, 8),
    ('syslog.journal_short', 0.12, journal_short, 12),
]

LEAKS = [
    (('ipv4_public',), 20, leak_ssh_failed),
    (('ipv4_public',), 5, leak_journal_ip),
    (('password',), 4, leak_sudo_pw),
    (('email',), 6, leak_postfix),
    (('bearer_token', 'aws_key_id', 'aws_secret'), 2, leak_cron_token),
]

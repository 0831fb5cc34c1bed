"""Personal data and national ids bound to SQL statements in database servers' and ORMs' logs."""
import datetime
import json

from registry import doc

G = 'sql'
T0 = datetime.datetime(2026, 1, 14, 8, 0, 0)


def clock(d, start=None, step=(0, 4)):
    """increasing timestamps"""
    t = [start or (T0 + datetime.timedelta(days=d.ri(0, 20), hours=d.ri(0, 10), minutes=d.ri(0, 59)))]

    def nxt(ms=True):
        t[0] = t[0] + datetime.timedelta(seconds=d.ri(*step), milliseconds=d.ri(1, 999))
        return t[0]
    return nxt


def pgts(t, tz='CET'):
    return t.strftime('%Y-%m-%d %H:%M:%S.') + f'{t.microsecond // 1000:03d} {tz}'


def sq(v):
    return v.replace("'", "''")


def ms(d, a=0.05, b=3.0):
    return f'{d.rng.uniform(a, b):.3f}'


# --------------------------------------------------------------------------------------------- PostgreSQL


@doc('pg-server-log-bind-parameters-detail', 'var/log/postgresql/postgresql-16-main.log',
     'postgresql server log with log_min_duration_statement=0 printing bind parameters of a kyc onboarding service', G)
def pg_server_log(d):
    nxt = clock(d)
    pid = d.ri(20000, 60000)
    pre = lambda: f'{pgts(nxt())} [{pid}] onboarding@kyc '
    out = [f'{pgts(nxt())} [{pid}] [unknown]@[unknown] LOG:  connection received: host=10.42.3.17 port={d.ri(40000, 60000)}',
           f'{pgts(nxt())} [{pid}] onboarding@kyc LOG:  connection authorized: user=onboarding database=kyc '
           f'application_name=PostgreSQL JDBC Driver SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)']
    ins = ('INSERT INTO applicant (external_ref, first_name, last_name, email, phone, date_of_birth, id_type, '
           'id_number, id_country, iban, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id')
    rows = []
    for cc, idt in (('nl', 'BSN'), ('de', 'STEUER_ID')):
        first, last, sex = d.person(cc)
        dt = d.bdate(1955, 2004)
        nid = {'nl': lambda: d.bsn(), 'de': lambda: d.steuer(), 'es': lambda: d.dni(),
               'fr': lambda: d.nir(sex=sex, dob=dt, spaced=False)}[cc]()
        rows.append((first, last, d.email(first, last, cc), d.phone(cc, 0) if cc == 'nl' else '', d.dob(dt), idt, nid,
                     cc.upper(), d.iban(cc)))
    for r in rows:
        ref = d.anx(12, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')
        created = nxt()
        out.append(pre() + f'LOG:  duration: {ms(d, 0.02, 0.3)} ms  parse <unnamed>: {ins}')
        out.append(pre() + f'LOG:  duration: {ms(d, 0.02, 0.3)} ms  bind <unnamed>: {ins}')
        params = ', '.join(f"${i + 1} = '{sq(v)}'" for i, v in enumerate((ref,) + r[:-1] + (r[-1],)))
        params += f", $11 = '{created.strftime('%Y-%m-%d %H:%M:%S.%f')}+01'"
        out.append(pre() + f'DETAIL:  parameters: {params}')
        out.append(pre() + f'LOG:  duration: {ms(d, 0.3, 4)} ms  execute <unnamed>: {ins}')
        out.append(pre() + f'DETAIL:  parameters: {params}')
        aid = d.ri(100000, 999999)
        out.append(pre() + f'LOG:  duration: {ms(d)} ms  execute <unnamed>: INSERT INTO applicant_event (applicant_id, '
                   f"event, created_at) VALUES ($1, $2, now())")
        out.append(pre() + f"DETAIL:  parameters: $1 = '{aid}', $2 = 'ID_CAPTURED'")
    out.append(pre() + 'LOG:  duration: 0.041 ms  execute S_1: COMMIT')
    out.append(f'{pgts(nxt())} [{pid}] onboarding@kyc LOG:  disconnection: session time: 0:00:0{d.ri(1, 9)}.{d.ri(100, 999)} '
               f'user=onboarding database=kyc host=10.42.3.17 port={d.ri(40000, 60000)}')
    return '\n'.join(out)


@doc('pg-csvlog-min-duration-statement', 'var/lib/pgsql/16/data/log/postgresql-Wed.csv',
     'postgresql csvlog of a dutch clinic database with slow statements and their parameters', G)
def pg_csvlog(d):
    nxt = clock(d)
    pid = d.ri(2000, 30000)
    sess = f'{d.rs(8, "0123456789abcdef")}.{d.rs(4, "0123456789abcdef")}'
    start = pgts(nxt())
    port = d.ri(40000, 60000)
    lines = []
    n = [0]

    def row(sev, msg, detail='', tag='SELECT', state='00000'):
        n[0] += 1
        m = msg.replace('"', '""')
        dt = detail.replace('"', '""')
        return (f'{pgts(nxt())},"praktijk_app","praktijk",{pid},"10.8.0.21:{port}",{sess},{n[0]},"{tag}",'
                f'{start},3/{d.ri(100, 9999)},0,{sev},{state},"{m}",{"" if not detail else chr(34) + dt + chr(34)},,,,,,,,'
                f'"praktijk-web","client backend",,0')
    for k in range(2):
        first, last, sex = d.person('nl')
        bsn = d.bsn()
        tel = d.phone('nl', d.ch([0, 1])) if k == 0 else None
        dt = d.bdate(1940, 2010)
        gd = d.dob(dt)
        mail = d.email(first, last, 'nl') if tel else None
        pid_ = d.ri(10000, 99999)
        lines.append(row('LOG', f'duration: {ms(d, 250, 1900)} ms  execute S_3: SELECT p.id, p.achternaam FROM patient p '
                                f'WHERE p.bsn = $1 AND p.geboortedatum = $2',
                         f"parameters: $1 = '{bsn}', $2 = '{gd}'"))
        if tel is None:
            continue
        lines.append(row('LOG', f'duration: {ms(d, 250, 900)} ms  execute S_7: UPDATE patient SET telefoon = $1, email = $2, '
                                f'gewijzigd_op = $3 WHERE id = $4',
                         f"parameters: $1 = '{tel}', $2 = '{mail}', $3 = '2026-01-{d.ri(10, 28)} {d.ri(8, 17):02d}:{d.ri(0, 59):02d}:{d.ri(0, 59):02d}', "
                         f"$4 = '{pid_}'", tag='UPDATE'))
    lines.append(row('LOG', f'checkpoint starting: time', tag=''))
    return '\n'.join(lines)


JSONLOG_KEYS = ['timestamp', 'user', 'dbname', 'pid', 'remote_host', 'remote_port', 'session_id', 'line_num', 'ps',
                'session_start', 'vxid', 'txid', 'error_severity', 'message', 'detail', 'application_name',
                'backend_type', 'query_id']


def jorder(e):
    return {k: e[k] for k in JSONLOG_KEYS if k in e and e[k] != ''}


@doc('pg-jsonlog-statement-parameters', 'var/log/postgresql/postgresql-2026-01-19_000000.json',
     'postgresql jsonlog of a german payroll database with executed statements and parameters', G)
def pg_jsonlog(d):
    nxt = clock(d)
    pid = d.ri(2000, 30000)
    out = []
    base = {'user': 'lohn_app', 'dbname': 'lohn', 'pid': pid, 'remote_host': '10.12.4.9', 'remote_port': d.ri(40000, 60000),
            'session_id': f'{d.rs(8, "0123456789abcdef")}.{d.rs(4, "0123456789abcdef")}', 'session_start':
                pgts(T0 + datetime.timedelta(days=5), 'CET'), 'vxid': '', 'txid': 0, 'error_severity': 'LOG',
            'application_name': 'lohnabrechnung', 'backend_type': 'client backend', 'query_id': 0}
    ln = 0
    for _ in range(2):
        first, last, sex = d.person('de')
        dt = d.bdate(1958, 2003)
        sid = d.steuer()
        iban = d.iban('de')
        gd = d.dob(dt, '%d.%m.%Y')
        pnr = d.ri(10000, 99999)
        ln += 1
        e = dict(base, timestamp=pgts(nxt()), line_num=ln, ps='INSERT', vxid=f'4/{d.ri(1000, 99999)}',
                 message=f'duration: {ms(d, 0.2, 3)} ms  execute <unnamed>: INSERT INTO mitarbeiter (personalnr, vorname, '
                         'nachname, geburtsdatum, steuer_id, iban, steuerklasse, eintritt) VALUES ($1, $2, $3, '
                         "to_date($4, 'DD.MM.YYYY'), $5, $6, $7, $8)",
                 detail=f"parameters: $1 = '{pnr}', $2 = '{first}', $3 = '{last}', $4 = '{gd}', $5 = '{sid}', "
                        f"$6 = '{iban}', $7 = '{d.ri(1, 5)}', $8 = '2026-02-01'")
        out.append(json.dumps(jorder(e), ensure_ascii=False))
    ln += 1
    out.append(json.dumps(jorder(dict(base, timestamp=pgts(nxt()), line_num=ln, ps='idle', message='disconnection: session time: '
                               f'0:00:{d.ri(10, 59)}.{d.ri(100, 999)} user=lohn_app database=lohn host=10.12.4.9 '
                               f'port={base["remote_port"]}')), ensure_ascii=False))
    return '\n'.join(out)


@doc('pg-auto-explain-query-parameters-log', 'var/log/postgresql/postgresql-16-main.log',
     'postgresql log with auto_explain plans printing the query parameters of slow customer lookups', G)
def pg_auto_explain(d):
    nxt = clock(d)
    out = []
    for i in range(3):
        pid = d.ri(2000, 30000)
        first, last, sex = d.person('gb')
        mail = d.email(first, last, 'gb') if i < 2 else None
        if i == 0:
            dob = d.dob(None, '%Y-%m-%d', 1950, 2000)
            q = ('SELECT c.id, c.full_name, c.status FROM customer c WHERE lower(c.email) = lower($1) AND '
                 'c.date_of_birth = $2 LIMIT 1')
            params = f"$1 = '{mail}', $2 = '{dob}'"
            filt = "Filter: ((lower((email)::text) = lower($1)) AND (date_of_birth = $2))"
        elif i == 1:
            ni = d.nino()
            q = 'SELECT c.id, c.full_name FROM customer c WHERE c.ni_number = $1 OR c.email = $2'
            params = f"$1 = '{ni}', $2 = '{mail}'"
            filt = "Filter: (((ni_number)::text = $1) OR ((email)::text = $2))"
        else:
            ph = d.phone('gb', 1)
            q = 'SELECT c.id FROM customer c WHERE regexp_replace(c.phone, \'\\s\', \'\', \'g\') = regexp_replace($1, \'\\s\', \'\', \'g\')'
            params = f"$1 = '{ph}'"
            filt = "Filter: (regexp_replace((phone)::text, '\\s'::text, ''::text, 'g'::text) = regexp_replace($1, '\\s'::text, ''::text, 'g'::text))"
        dur = d.rng.uniform(800, 4000)
        rows = d.ri(300000, 900000)
        out += [f'{pgts(nxt(), "UTC")} [{pid}] crm@crm LOG:  duration: {dur:.3f} ms  plan:',
                f'\tQuery Text: {q}',
                f'\tQuery Parameters: {params}',
                f'\tLimit  (cost=0.00..{d.ri(20000, 60000)}.{d.ri(10, 99)} rows=1 width={d.ri(40, 90)}) (actual time={dur - 3:.3f}..{dur - 3:.3f} rows=1 loops=1)',
                f'\t  ->  Seq Scan on customer c  (cost=0.00..{d.ri(60000, 90000)}.{d.ri(10, 99)} rows={d.ri(1, 40)} width={d.ri(40, 90)}) (actual time={dur - 3:.3f}..{dur - 3:.3f} rows=1 loops=1)',
                f'\t        {filt}',
                f'\t        Rows Removed by Filter: {rows}']
    return '\n'.join(out)


@doc('pg-unique-violation-key-detail-log', 'var/log/postgresql/postgresql-15-medlem.log',
     'postgresql error log of a membership database with unique violations printing the duplicate key', G)
def pg_unique(d):
    nxt = clock(d, step=(20, 900))
    out = []
    pid = d.ri(2000, 30000)
    pn = d.pnr('YYYYMMDD-NNNN', 1950, 2006)
    mail = d.email(cc='se')
    pp = d.passport('se')
    mn = d.lkpnr('YYYYMMDDNNNN', 2019, 2025)
    out += [f'{pgts(nxt())} [{pid}] medlem_app@medlem ERROR:  duplicate key value violates unique constraint "medlem_personnummer_key"',
            f'{pgts(nxt())} [{pid}] medlem_app@medlem DETAIL:  Key (personnummer)=({pn}) already exists.',
            f'{pgts(nxt())} [{pid}] medlem_app@medlem STATEMENT:  INSERT INTO medlem (medlemsnummer, personnummer, fornamn, '
            'efternamn, epost, skapad) VALUES ($1, $2, $3, $4, $5, now())',
            f'{pgts(nxt())} [{pid}] medlem_app@medlem ERROR:  duplicate key value violates unique constraint "medlem_epost_lower_idx"',
            f'{pgts(nxt())} [{pid}] medlem_app@medlem DETAIL:  Key (lower(epost::text))=({mail}) already exists.',
            f'{pgts(nxt())} [{pid}] medlem_app@medlem STATEMENT:  UPDATE medlem SET epost = $1 WHERE medlemsnummer = $2',
            f'{pgts(nxt())} [{pid}] resebyra@medlem ERROR:  duplicate key value violates unique constraint "resenar_pass_uq"',
            f'{pgts(nxt())} [{pid}] resebyra@medlem DETAIL:  Key (passnummer, land)=({pp}, SE) already exists.',
            f'{pgts(nxt())} [{pid}] resebyra@medlem STATEMENT:  INSERT INTO resenar (medlemsnummer, passnummer, land) VALUES ($1, $2, $3)',
            f'{pgts(nxt())} [{pid}] medlem_app@medlem ERROR:  duplicate key value violates unique constraint "medlem_pkey"',
            f'{pgts(nxt())} [{pid}] medlem_app@medlem DETAIL:  Key (medlemsnummer)=({mn}) already exists.',
            f'{pgts(nxt())} [{pid}] medlem_app@medlem STATEMENT:  INSERT INTO medlem (medlemsnummer, personnummer, fornamn, '
            'efternamn, epost, skapad) VALUES ($1, $2, $3, $4, $5, now())']
    return '\n'.join(out)


@doc('pg-not-null-failing-row-contains-log', 'var/log/postgresql/postgresql-16-clinica.log',
     'postgresql log of a spanish clinic with constraint violations printing the failing row', G)
def pg_failing_row(d):
    nxt = clock(d, step=(30, 600))
    out = []
    pid = d.ri(2000, 30000)
    cols = 'id, nombre, apellidos, email, telefono, fecha_nacimiento, documento, consentimiento_rgpd, creado_en'
    for i in range(2):
        first, last, sex = d.person('es')
        last2 = d.ch(['Ruiz', 'Moreno', 'Navarro', 'Ortega', 'Castro', 'Vidal'])
        rid = d.ri(10000, 99999)
        mail = d.email(first, last, 'es')
        tel = d.phone('es', d.ch([0, 1])) if i == 0 else d.num(9, '9')
        fn = d.dob(None, '%Y-%m-%d', 1940, 2008)
        doc_ = d.dni(nie=(i == 1))
        created = nxt()
        cons = 'null' if i != 1 else 'f'
        if i == 1:
            out.append(f'{pgts(created)} [{pid}] clinica@clinica ERROR:  new row for relation "paciente" violates check '
                       'constraint "paciente_consentimiento_check"')
        else:
            out.append(f'{pgts(created)} [{pid}] clinica@clinica ERROR:  null value in column "consentimiento_rgpd" of '
                       'relation "paciente" violates not-null constraint')
        out.append(f'{pgts(created)} [{pid}] clinica@clinica DETAIL:  Failing row contains ({rid}, {first}, {last} {last2}, '
                   f'{mail}, {tel}, {fn}, {doc_}, {cons}, {created.strftime("%Y-%m-%d %H:%M:%S.%f")}+01).')
        out.append(f'{pgts(created)} [{pid}] clinica@clinica STATEMENT:  INSERT INTO paciente ({cols}) VALUES '
                   '($1, $2, $3, $4, $5, $6, $7, $8, $9)')
    return '\n'.join(out)


@doc('pgaudit-session-write-log', 'var/log/postgresql/postgresql-14-payroll.log',
     'postgresql log with pgaudit session write auditing and logged parameters of a uk payroll service', G)
def pgaudit(d):
    nxt = clock(d, step=(1, 40))
    out = []
    pid = d.ri(2000, 30000)
    sid = 0
    for i in range(1):
        first, last, sex = d.person('gb')
        ni = d.nino()
        dob = d.dob(None, '%Y-%m-%d', 1960, 2004)
        mail = d.email(first, last, 'gb')
        emp = d.ri(1000, 9999)
        sid += 1
        out.append(f'{pgts(nxt(), "GMT")} [{pid}] payroll@payroll LOG:  AUDIT: SESSION,{sid},1,WRITE,INSERT,TABLE,'
                   'public.employee,"INSERT INTO employee (employee_no, forename, surname, ni_number, date_of_birth, '
                   f'email, tax_code) VALUES ($1,$2,$3,$4,$5,$6,$7)",{emp},{first},{last},{ni},{dob},{mail},1257L')
    sid += 1
    first, last, sex = d.person('gb')
    card = d.card('visa')
    out.append(f'{pgts(nxt(), "GMT")} [{pid}] payroll@payroll LOG:  AUDIT: SESSION,{sid},1,WRITE,INSERT,TABLE,'
               'public.expense_card,"INSERT INTO expense_card (employee_no, cardholder, pan, expiry) VALUES ($1,$2,$3,$4)",'
               f'{d.ri(1000, 9999)},"{first} {last}",{card},{d.ri(1, 12):02d}/{d.ri(27, 30)}')
    sid += 1
    out.append(f'{pgts(nxt(), "GMT")} [{pid}] payroll@payroll LOG:  AUDIT: SESSION,{sid},1,WRITE,UPDATE,TABLE,'
               'public.employee,"UPDATE employee SET tax_code = $1 WHERE employee_no = $2",BR,' + str(d.ri(1000, 9999)))
    return '\n'.join(out)


@doc('pgbadger-top-slowest-queries-text', 'reports/pgbadger/crm-2026-01-18.txt',
     'pgbadger text report with the slowest individual queries of a crm database', G)
def pgbadger(d):
    out = ['pgBadger :: PostgreSQL log analyzer', '', '- Global information ---------------------------------------------------',
           '', f'Generated on Mon Jan 19 06:00:{d.ri(10, 59)} 2026', 'Log file: /var/log/postgresql/postgresql-16-crm.log',
           'Parsed 1,482,113 log entries in 41s', 'Log start from 2026-01-18 00:00:02 to 2026-01-18 23:59:58', '',
           f'Number of unique normalized queries: {d.ri(300, 900)}', f'Number of queries: {d.ri(800000, 1200000):,}',
           '', '- Slowest queries ------------------------------------------------------', '']
    for i in range(4):
        t = d.rng.uniform(2.5, 19.0)
        cc = d.ch(['gb', 'us', 'de', 'fr'])
        first, last, sex = d.person(cc)
        if i == 0:
            q = (f"SELECT * FROM contact WHERE phone = '{d.phone(cc, 0)}' ORDER BY updated_at DESC;")
        elif i == 1:
            q = f"SELECT id, owner_id FROM contact WHERE lower(email) LIKE '%{d.email(first, last, cc)}%';"
        elif i == 2:
            q = (f"UPDATE contact SET birth_date = '{d.dob(None, '%Y-%m-%d', 1950, 2003)}', updated_at = '2026-01-18 "
                 f"{d.ri(8, 20):02d}:{d.ri(0, 59):02d}:{d.ri(0, 59):02d}' WHERE id = {d.ri(100000, 999999)};")
        else:
            q = f"SELECT id FROM contact WHERE ssn = '{d.ssn()}' AND deleted_at IS NULL;"
        out += [f'{i + 1}) {t:.3f}s - [ database: crm, user: crm_app, remote: 10.4.2.{d.ri(10, 60)}, app: crm-sync ] - '
                f'2026-01-18 {d.ri(0, 23):02d}:{d.ri(0, 59):02d}:{d.ri(0, 59):02d}', '', q, '']
    out += ['- Queries that took up the most time (N) -----------------------------', '',
            '1) 2h11m32s - 412,882 - 0.001s/0.019s/0.011s', 'SELECT * FROM contact WHERE owner_id = ? ORDER BY updated_at DESC LIMIT ?;', '']
    return '\n'.join(out)


@doc('pg-stat-activity-psql-snapshot', 'notes/incident-2026-01-16-lock-wait.txt',
     'psql snapshot of pg_stat_activity pasted into an incident note, showing running statements with literals', G)
def pg_stat_activity(d):
    pw = d.pw('s')
    first, last, sex = d.person('us')
    mail = d.email(first, last, 'us')
    ssn = d.ssn()
    first2, last2, _ = d.person('us')
    ph = d.phone('us', 0)
    rows = [
        (d.ri(10000, 60000), 'legacy_portal', 'active', f'00:00:{d.ri(10, 59)}.{d.ri(100000, 999999)}',
         f"UPDATE portal_user SET password = '{pw}', must_change = false WHERE login = '{(first[0] + last).lower()}'"),
        (d.ri(10000, 60000), 'crm_app', 'active', f'00:01:{d.ri(10, 59)}.{d.ri(100000, 999999)}',
         f"SELECT id, first_name, last_name FROM customer WHERE ssn = '{ssn}'"),
        (d.ri(10000, 60000), 'crm_app', 'idle in transaction', f'00:04:{d.ri(10, 59)}.{d.ri(100000, 999999)}',
         f"UPDATE customer SET email = '{mail}', phone = '{ph}' WHERE id = {d.ri(100000, 999999)}"),
        (d.ri(10000, 60000), 'postgres', 'active', '00:00:00', 'SELECT pid, usename, state, now() - query_start AS runtime, '
         'left(query, 140) AS query FROM pg_stat_activity WHERE state <> \'idle\''),
    ]
    w = max(len(r[4]) for r in rows)
    out = ['Incident 2026-01-16: lock waits on customer table, snapshot taken 14:02 by on-call', '',
           'crm=# SELECT pid, usename, state, now() - query_start AS runtime, left(query, 140) AS query FROM pg_stat_activity '
           "WHERE state <> 'idle';",
           '  pid  |    usename    |        state        |     runtime     | query',
           '-------+---------------+---------------------+-----------------+' + '-' * (w + 1)]
    for r in rows:
        out.append(f' {r[0]:<5} | {r[1]:<13} | {r[2]:<19} | {r[3]:<15} | {r[4]}')
    out += [f'({len(rows)} rows)', '', 'Killed the idle-in-transaction session with pg_terminate_backend, waits cleared.']
    return '\n'.join(out)


# --------------------------------------------------------------------------------------------- MySQL / MariaDB


@doc('mysqld-general-query-log-hr-onboarding', 'var/lib/mysql/rh-db01.log',
     'mysql general query log of a french hr onboarding application', G)
def mysql_general(d):
    nxt = clock(d, step=(0, 2))
    tid = d.ri(100, 9000)

    def t():
        x = nxt()
        return x.strftime('%Y-%m-%dT%H:%M:%S.') + f'{x.microsecond:06d}Z'
    out = ['/usr/sbin/mysqld, Version: 8.0.36 (MySQL Community Server - GPL). started with:',
           'Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock', 'Time                 Id Command    Argument',
           f'{t()}\t{tid:>5} Connect\trh_app@10.30.1.14 on rh using SSL/TLS',
           f'{t()}\t{tid:>5} Query\tSET NAMES utf8mb4', f'{t()}\t{tid:>5} Query\tSET autocommit=0']
    for i in range(1):
        first, last, sex = d.person('fr')
        dt = d.bdate(1962, 2003)
        nir = d.nir(sex=sex, dob=dt, spaced=(i == 0))
        dn = d.dob(dt)
        mail = d.email(first, last, 'fr')
        tel = d.phone('fr', 1)
        iban = d.iban('fr', spaced=(i == 1))
        mat = d.ri(10000, 99999)
        out.append(f"{t()}\t{tid:>5} Query\tINSERT INTO salarie (matricule, nom, prenom, date_naissance, num_secu, "
                   f"email_perso, tel_mobile, iban, date_entree) VALUES ({mat}, '{sq(last.upper())}', '{sq(first)}', "
                   f"'{dn}', '{nir}', '{mail}', '{tel}', '{iban}', '2026-02-02')")
        login = (first[0] + last).lower().replace(' ', '')
        pw = d.pw(d.ch(['s', 'w']))
        out.append(f"{t()}\t{tid:>5} Query\tINSERT INTO compte_intranet (matricule, login, mot_de_passe, doit_changer) "
                   f"VALUES ({mat}, '{login}', '{pw}', 1)")
    out += [f'{t()}\t{tid:>5} Query\tCOMMIT', f'{t()}\t{tid:>5} Quit\t']
    return '\n'.join(out)


@doc('mysql-slow-query-log-member-lookup', 'var/log/mysql/mysql-slow.log',
     'mysql slow query log of a us fitness chain member database', G)
def mysql_slow(d):
    out = ['/usr/sbin/mysqld, Version: 8.0.35-0ubuntu0.22.04.1 ((Ubuntu)). started with:',
           'Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock', 'Time                 Id Command    Argument']
    nxt = clock(d, step=(60, 3000))
    for i in range(4):
        t = nxt()
        first, last, sex = d.person('us')
        if i == 0:
            q = f"SELECT * FROM members WHERE ssn = '{d.ssn()}' LIMIT 1;"
        elif i == 1:
            q = (f"SELECT m.id, m.first_name, m.last_name, m.home_club FROM members m WHERE m.phone = '{d.phone('us', 2)}' "
                 f"OR m.email = '{d.email(first, last, 'us')}';")
        elif i == 2:
            q = (f"UPDATE members SET date_of_birth = '{d.dob(None, '%Y-%m-%d', 1950, 2006)}' WHERE member_no = "
                 f"'{d.num(9)}';")
        else:
            q = f"SELECT COUNT(*) FROM checkins WHERE club_id = {d.ri(10, 99)} AND checked_in_at >= '2026-01-01';"
        epoch = int(t.replace(tzinfo=datetime.timezone.utc).timestamp())
        out += [f'# Time: {t.strftime("%Y-%m-%dT%H:%M:%S")}.{t.microsecond:06d}Z',
                f'# User@Host: members_ro[members_ro] @  [10.50.2.{d.ri(10, 90)}]  Id: {d.ri(1000, 90000):>6}',
                f'# Query_time: {d.rng.uniform(2, 14):.6f}  Lock_time: 0.{d.ri(10, 900):06d} Rows_sent: {d.ri(0, 3)}  '
                f'Rows_examined: {d.ri(400000, 2000000)}',
                'use fitness;' if i == 0 else None, f'SET timestamp={epoch};', q]
    return '\n'.join(x for x in out if x is not None)


@doc('mariadb-server-audit-plugin-log', 'var/lib/mysql/server_audit.log',
     'mariadb server_audit plugin log of a webshop database with query events', G)
def mariadb_audit(d):
    nxt = clock(d, step=(0, 20))
    out = []
    cid = d.ri(1000, 9000)
    qid = d.ri(100000, 900000)

    def ev(typ, obj, rc=0):
        nonlocal qid
        qid += 1
        t = nxt()
        return f'{t.strftime("%Y%m%d %H:%M:%S")},db-shop01,shop_app,10.0.4.21,{cid},{qid},{typ},shop,{obj},{rc}'
    out.append(ev('CONNECT', ''))
    for i in range(2):
        cc = d.ch(['de', 'nl'])
        first, last, sex = d.person(cc)
        mail = d.email(first, last, cc)
        pw = d.pw('a' if i else 'k')
        if i == 0:
            ph = d.phone(cc, 1)
            bd = d.dob(None, '%Y-%m-%d', 1950, 2006)
            out.append(ev('QUERY', f"'INSERT INTO customer (email, password, phone, birthdate, newsletter, created_at) VALUES "
                                   f"(\\'{mail}\\', \\'{pw}\\', \\'{ph}\\', \\'{bd}\\', 1, NOW())'"))
        else:
            out.append(ev('QUERY', f"'INSERT INTO customer (email, password, phone, birthdate, newsletter, created_at) VALUES "
                                   f"(\\'{mail}\\', \\'{pw}\\', NULL, NULL, 0, NOW())'"))
        out.append(ev('QUERY', "'SELECT LAST_INSERT_ID()'"))
    out.append(ev('QUERY', f"'UPDATE cart SET customer_id = {d.ri(10000, 99999)} WHERE session_id = \\'{d.hexx(32)}\\''"))
    out.append(ev('DISCONNECT', ''))
    return '\n'.join(out)


@doc('mysqlbinlog-statement-based-decode', 'restore/binlog-000412-decoded.sql',
     'mysqlbinlog decode of a statement-based binary log from an italian tenancy database', G)
def mysqlbinlog(d):
    out = ['# The proper term is pseudo_replica_mode, but we use this compatibility alias',
           '# to make the statement usable on server versions 8.0.24 and older.',
           '/*!50530 SET @@SESSION.PSEUDO_SLAVE_MODE=1*/;', '/*!50003 SET @OLD_COMPLETION_TYPE=@@COMPLETION_TYPE,COMPLETION_TYPE=0*/;',
           'DELIMITER /*!*/;', '# at 4', f'#260115  3:00:01 server id 1  end_log_pos 126 CRC32 0x{d.rs(8, "0123456789abcdef")} 	Start: binlog v 4, server v 8.0.36-log created 260115  3:00:01']
    pos = 126
    nxt = clock(d, step=(5, 300))
    for i in range(2):
        first, last, sex = d.person('it')
        dt = d.bdate(1950, 2002)
        cf = d.cf(first, last, sex, dt)
        dn = d.dob(dt)
        iban = d.iban('it')
        tel = d.phone('it', 1) if i == 0 else ''
        t = nxt()
        epoch = int(t.replace(tzinfo=datetime.timezone.utc).timestamp())
        end = pos + d.ri(300, 500)
        out += [f'# at {pos}', f'#{t.strftime("%y%m%d %k:%M:%S")} server id 1  end_log_pos {end} CRC32 0x{d.rs(8, "0123456789abcdef")} '
                f'\tQuery\tthread_id={d.ri(100, 999)}\texec_time=0\terror_code=0',
                f'SET TIMESTAMP={epoch}/*!*/;',
                f"INSERT INTO `inquilino` (`nome`,`cognome`,`codice_fiscale`,`data_nascita`,`iban_addebito`,`cellulare`,"
                f"`contratto_id`) VALUES ('{sq(first)}','{sq(last)}','{cf}','{dn}','{iban}','{tel}',{d.ri(1000, 9999)})",
                '/*!*/;']
        pos = end
    out += ['# at ' + str(pos), 'DELIMITER ;', '# End of log file', '/*!50003 SET COMPLETION_TYPE=@OLD_COMPLETION_TYPE*/;',
            '/*!50530 SET @@SESSION.PSEUDO_SLAVE_MODE=0*/;']
    return '\n'.join(out)


# --------------------------------------------------------------------------------------------- JVM
def sbts(t):
    return t.strftime('%Y-%m-%dT%H:%M:%S.') + f'{t.microsecond // 1000:03d}+01:00'


@doc('hibernate-basicbinder-trace-log', 'logs/bokning-service.log',
     'spring boot log with hibernate sql and basicbinder trace of a travel booking service', G)
def hibernate_basic(d):
    nxt = clock(d, step=(0, 0))
    pid = d.ri(1000, 30000)
    th = f'nio-8080-exec-{d.ri(1, 9)}'

    def line(lvl, logger, msg):
        return f'{sbts(nxt())} {lvl:>5} {pid} --- [{th}] {logger:<40} : {msg}'
    first, last, sex = d.person('de')
    pp = d.passport('de')
    dob = d.dob(None, '%Y-%m-%d', 1950, 2005)
    mail = d.email(first, last, 'de')
    bid = d.num(8)
    out = [line('INFO', 'd.r.booking.web.TravellerController', f'POST /api/bookings/{bid}/travellers'),
           line('DEBUG', 'org.hibernate.SQL', 'insert into traveller (birth_date, booking_id, email, first_name, '
                'last_name, nationality, passport_expiry, passport_number, id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)')]
    vals = [('DATE', dob), ('BIGINT', bid), ('VARCHAR', mail), ('VARCHAR', first), ('VARCHAR', last), ('VARCHAR', 'DEU'),
            ('DATE', f'20{d.ri(27, 35)}-{d.ri(1, 12):02d}-{d.ri(1, 28):02d}'), ('VARCHAR', pp), ('BIGINT', str(d.ri(100000, 999999)))]
    for i, (ty, v) in enumerate(vals, 1):
        out.append(line('TRACE', 'o.h.type.descriptor.sql.BasicBinder', f'binding parameter [{i}] as [{ty}] - [{v}]'))
    out.append(line('DEBUG', 'org.hibernate.SQL', 'update booking set status=?, version=? where id=? and version=?'))
    for i, (ty, v) in enumerate([('VARCHAR', 'TRAVELLERS_COMPLETE'), ('INTEGER', '4'), ('BIGINT', bid), ('INTEGER', '3')], 1):
        out.append(line('TRACE', 'o.h.type.descriptor.sql.BasicBinder', f'binding parameter [{i}] as [{ty}] - [{v}]'))
    return '\n'.join(out)


@doc('hibernate6-orm-jdbc-bind-trace', 'var/log/versicherung/app.log',
     'quarkus application log with hibernate 6 jdbc bind tracing of a german insurance policy service', G)
def hibernate6(d):
    nxt = clock(d, step=(0, 0))
    out = []

    def line(lvl, logger, msg):
        t = nxt()
        return f'{t.strftime("%Y-%m-%d %H:%M:%S")},{t.microsecond // 1000:03d} {lvl:<5} [{logger}] (executor-thread-{d.ri(1, 4)}) {msg}'
    first, last, sex = d.person('de')
    sid = d.steuer()
    iban = d.iban('de', spaced=True)
    gd = d.dob(None, '%Y-%m-%d', 1950, 2004)
    vn = d.anx(10, '0123456789')
    out.append(line('DEBUG', 'org.hibernate.SQL', 'insert into versicherungsnehmer (geburtsdatum,iban,nachname,steuer_id,'
                    'versicherungsnummer,vorname,id) values (?,?,?,?,?,?,?)'))
    for i, (ty, v) in enumerate([('DATE', gd), ('VARCHAR', iban), ('VARCHAR', last), ('VARCHAR', sid), ('VARCHAR', vn),
                                 ('VARCHAR', first), ('BIGINT', str(d.ri(100000, 999999)))], 1):
        out.append(line('TRACE', 'org.hibernate.orm.jdbc.bind', f'binding parameter ({i}:{ty}) <- [{v}]'))
    out.append(line('DEBUG', 'org.hibernate.SQL', 'select v1_0.id,v1_0.tarif from vertrag v1_0 where v1_0.versicherungsnummer=?'))
    out.append(line('TRACE', 'org.hibernate.orm.jdbc.bind', f'binding parameter (1:VARCHAR) <- [{vn}]'))
    return '\n'.join(out)


@doc('hibernate-constraintviolation-stacktrace', 'logs/customer-api-error.log',
     'spring boot error log with a DataIntegrityViolationException printing the duplicate national insurance number', G)
def hibernate_cv(d):
    t = T0 + datetime.timedelta(days=d.ri(0, 20), hours=d.ri(0, 10))
    ni = d.nino(spaced=False)
    pid = d.ri(1000, 30000)
    return f"""{sbts(t)} ERROR {pid} --- [nio-8443-exec-7] o.h.engine.jdbc.spi.SqlExceptionHelper   : ERROR: duplicate key value violates unique constraint "uk_customer_ni_number"
  Detail: Key (ni_number)=({ni}) already exists.
{sbts(t)} ERROR {pid} --- [nio-8443-exec-7] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.dao.DataIntegrityViolationException: could not execute statement [ERROR: duplicate key value violates unique constraint "uk_customer_ni_number"
  Detail: Key (ni_number)=({ni}) already exists.] [insert into customer (created_at,date_of_birth,email,full_name,ni_number,id) values (?,?,?,?,?,?)]; SQL [insert into customer (created_at,date_of_birth,email,full_name,ni_number,id) values (?,?,?,?,?,?)]; constraint [uk_customer_ni_number]] with root cause

org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "uk_customer_ni_number"
  Detail: Key (ni_number)=({ni}) already exists.
	at org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)
	at org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2412)
	at org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:371)
	at org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:502)
	at org.postgresql.jdbc.PgStatement.execute(PgStatement.java:419)
	at org.postgresql.jdbc.PgPreparedStatement.executeWithFlags(PgPreparedStatement.java:194)
	at org.postgresql.jdbc.PgPreparedStatement.executeUpdate(PgPreparedStatement.java:155)
	at com.zaxxer.hikari.pool.ProxyPreparedStatement.executeUpdate(ProxyPreparedStatement.java:61)
	at com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)
	at org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate(ResultSetReturnImpl.java:194)
	at uk.co.lettings.customer.CustomerService.register(CustomerService.java:88)
"""


@doc('mybatis-mapper-debug-sql-log', 'logs/polizas/polizas-debug.log',
     'mybatis mapper debug log of a spanish insurance policy service with prepared statements and parameters', G)
def mybatis(d):
    nxt = clock(d, step=(0, 0))
    out = []

    def line(lvl, logger, msg):
        t = nxt()
        return f'{t.strftime("%H:%M:%S")}.{t.microsecond // 1000:03d} [http-nio-8080-exec-{d.ri(1, 9)}] {lvl:<5} {logger} - {msg}'
    first, last, sex = d.person('es')
    dn = d.dni()
    fn = d.dob(None, '%Y-%m-%d', 1945, 2005)
    iban = d.iban('es')
    pol = d.num(10)
    m = 'e.a.polizas.mapper.AseguradoMapper.insertar'
    out += [line('DEBUG', m, '==>  Preparing: INSERT INTO asegurado (num_poliza, nombre, apellidos, dni, fecha_nacimiento, '
                 'iban_domiciliacion, alta) VALUES (?, ?, ?, ?, ?, ?, NOW())'),
            line('DEBUG', m, f'==> Parameters: {pol}(String), {first}(String), {last} {d.ch(["Ruiz", "Vidal", "Ortega"])}(String), '
                 f'{dn}(String), {fn}(LocalDate), {iban}(String)'),
            line('DEBUG', m, '<==    Updates: 1')]
    m2 = 'e.a.polizas.mapper.AseguradoMapper.buscarPorDni'
    dn2 = d.dni(nie=True)
    out += [line('DEBUG', m2, '==>  Preparing: SELECT id, num_poliza, nombre FROM asegurado WHERE dni = ?'),
            line('DEBUG', m2, f'==> Parameters: {dn2}(String)'), line('DEBUG', m2, '<==      Total: 0')]
    return '\n'.join(out)


@doc('p6spy-spy-log-single-line', 'logs/spy.log',
     'p6spy spy.log of an indian lending app with prepared and effective sql on one line', G)
def p6spy(d):
    nxt = clock(d, step=(0, 0))
    out = []
    first, last, sex = d.person('in')
    aad = d.aadhaar('compact')
    ph = d.phone('in', 2)
    dob = d.dob(None, '%Y-%m-%d', 1960, 2004)
    pan = d.X(d.rs(5, 'ABCDEFGHJKLMNPRSTUVWXYZ')[:3] + 'P' + d.rs(1, 'ABCDEFGHJKLMNPRSTUVWXYZ') + d.rs(4, '0123456789') + d.rs(1, 'ABCDEFGHJKLMNPRSTUVWXYZ'))
    app = d.num(12)
    for prep, eff in [
        ('insert into loan_applicant (application_no, full_name, aadhaar_no, pan_no, mobile, dob) values (?, ?, ?, ?, ?, ?)',
         f"insert into loan_applicant (application_no, full_name, aadhaar_no, pan_no, mobile, dob) values ('{app}', '{first} {last}', '{aad}', '{pan}', '{ph}', '{dob}')"),
        ('select id, status from loan_applicant where aadhaar_no = ?',
         f"select id, status from loan_applicant where aadhaar_no = '{aad}'"),
        ('update loan_applicant set kyc_status = ? where application_no = ?',
         f"update loan_applicant set kyc_status = 'EKYC_PENDING' where application_no = '{app}'")]:
        t = nxt()
        epoch = int(t.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=5, minutes=30))).timestamp() * 1000)
        out.append(f'{epoch}|{d.ri(0, 9)}|statement|connection {d.ri(3, 30)}|url jdbc:mysql://lend-db:3306/lending|{prep}|{eff}')
    return '\n'.join(out)


@doc('datasource-proxy-slf4j-query-log', 'logs/identity-svc.log',
     'datasource-proxy slf4j query logging of a legacy identity service storing plaintext credentials', G)
def dsproxy(d):
    nxt = clock(d, step=(0, 0))
    first, last, sex = d.person('gb')
    mail = d.email(first, last, 'gb')
    pw = d.pw('w')
    key = d.gs('hex40')
    user = (first + '.' + last).lower()
    out = []
    for q, p in [
        ('insert into app_user (username, email, password, api_key, enabled) values (?, ?, ?, ?, ?)',
         f'({user},{mail},{pw},{key},true)'),
        ('select id from app_user where username=?', f'({user})')]:
        out.append(f'{sbts(nxt())}  INFO 1 --- [  XNIO-1 task-3] n.t.d.l.l.SLF4JQueryLoggingListener      : Name:dataSource, '
                   f'Connection:{d.ri(3, 20)}, Time:{d.ri(0, 4)}, Success:True, Type:Prepared, Batch:False, QuerySize:1, '
                   f'BatchSize:0, Query:["{q}"], Params:[{p}]')
    return '\n'.join(out)


@doc('jooq-loggerlistener-bind-values', 'var/log/asiakas/asiakas-api.log',
     'jooq loggerlistener debug output with bind values of a finnish customer api', G)
def jooq(d):
    nxt = clock(d, step=(0, 0))
    first, last, sex = d.person('fi')
    hetu = d.hetu(1945, 2005, sex)
    mail = d.email(first, last, 'fi')
    ph = d.phone('fi', 1)
    q = 'insert into "asiakas"."asiakas" ("henkilotunnus", "etunimi", "sukunimi", "sahkoposti", "puhelin") values (?, ?, ?, ?, ?)'
    q2 = (f'insert into "asiakas"."asiakas" ("henkilotunnus", "etunimi", "sukunimi", "sahkoposti", "puhelin") values '
          f"('{hetu}', '{first}', '{last}', '{mail}', '{ph}')")
    out = []
    for msg in [f'Executing query          : {q}', f'-> with bind values      : {q2}', 'Affected row(s)          : 1']:
        t = nxt()
        out.append(f'{t.strftime("%Y-%m-%d %H:%M:%S")}.{t.microsecond // 1000:03d} DEBUG [vert.x-eventloop-thread-1] '
                   f'org.jooq.tools.LoggerListener - {msg}')
    return '\n'.join(out)


# --------------------------------------------------------------------------------------------- Ruby / Python


@doc('rails-development-log-activerecord-binds', 'log/development.log',
     'rails development log of a signup with activerecord insert binds', G)
def rails_dev(d):
    first, last, sex = d.person('us')
    mail = d.email(first, last, 'us')
    ph = d.phone('us', 0)
    dob = d.dob(None, '%Y-%m-%d', 1950, 2006)
    tok = d.gs('an24')
    bc = d.bcrypt()
    ts = f'2026-01-{d.ri(10, 28)} {d.ri(10, 23)}:{d.ri(10, 59)}:{d.ri(10, 59)}.{d.ri(100000, 999999)}'
    rid = d.uuid()
    return f"""Started POST "/users" for 10.0.2.2 at 2026-01-{d.ri(10, 28)} 10:{d.ri(10, 59)}:{d.ri(10, 59)} +0000
Processing by Users::RegistrationsController#create as TURBO_STREAM
  Parameters: {{"authenticity_token"=>"[FILTERED]", "user"=>{{"email"=>"{mail}", "phone"=>"{ph}", "date_of_birth"=>"{dob}", "password"=>"[FILTERED]", "password_confirmation"=>"[FILTERED]"}}, "commit"=>"Sign up"}}
  TRANSACTION (0.2ms)  BEGIN
  ↳ app/controllers/users/registrations_controller.rb:18:in `create'
  User Exists? (0.6ms)  SELECT 1 AS one FROM "users" WHERE "users"."email" = $1 LIMIT $2  [["email", "{mail}"], ["LIMIT", 1]]
  ↳ app/controllers/users/registrations_controller.rb:18:in `create'
  User Create (1.4ms)  INSERT INTO "users" ("email", "encrypted_password", "phone", "date_of_birth", "api_token", "created_at", "updated_at") VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING "id"  [["email", "{mail}"], ["encrypted_password", "{bc}"], ["phone", "{ph}"], ["date_of_birth", "{dob}"], ["api_token", "{tok}"], ["created_at", "{ts}"], ["updated_at", "{ts}"]]
  ↳ app/controllers/users/registrations_controller.rb:18:in `create'
  TRANSACTION (0.9ms)  COMMIT
[ActiveJob] Enqueued ActionMailer::MailDeliveryJob (Job ID: {rid}) to Async(default) with arguments: "Devise::Mailer", "confirmation_instructions", "deliver_now", {{:args=>[#<GlobalID:0x00007f3a8c0b2d18 @uri=#<URI::GID gid://signup/User/{d.ri(1000, 9999)}>>, "[FILTERED]", {{}}]}}
Redirected to http://localhost:3000/
Completed 302 Found in 412ms (ActiveRecord: 3.1ms | Allocations: 41822)
"""


@doc('django-db-backends-debug-sql', 'var/log/cabinet/django-sql.log',
     'django.db.backends debug log of a french medical practice app with sql and args', G)
def django_sql(d):
    first, last, sex = d.person('fr')
    dt = d.bdate(1945, 2005)
    nir = d.nir(sex=sex, dob=dt, spaced=False)
    dn = d.dob(dt)
    tel = d.phone('fr', 2)
    pid = d.ri(1000, 9999)
    return f"""(0.001) SELECT "patients_patient"."id", "patients_patient"."nom" FROM "patients_patient" WHERE "patients_patient"."numero_secu" = '{nir}' LIMIT 21; args=('{nir}',); alias=default
(0.003) INSERT INTO "patients_patient" ("nom", "prenom", "numero_secu", "date_naissance", "telephone", "medecin_traitant_id", "cree_le") VALUES ('{sq(last)}', '{sq(first)}', '{nir}', '{dn}'::date, '{tel}', 12, '2026-01-{d.ri(10, 28)}T09:{d.ri(10, 59)}:{d.ri(10, 59)}.{d.ri(100000, 999999)}+00:00'::timestamptz) RETURNING "patients_patient"."id"; args=('{sq(last)}', '{sq(first)}', '{nir}', datetime.date({dt.year}, {dt.month}, {dt.day}), '{tel}', 12, datetime.datetime(2026, 1, 20, 9, 14, 2, 118204, tzinfo=datetime.timezone.utc)); alias=default
(0.001) INSERT INTO "patients_historique" ("patient_id", "action", "le") VALUES ({pid}, 'creation', '2026-01-20T09:14:02.121733+00:00'::timestamptz) RETURNING "patients_historique"."id"; args=({pid}, 'creation', datetime.datetime(2026, 1, 20, 9, 14, 2, 121733, tzinfo=datetime.timezone.utc)); alias=default
"""


@doc('django-shell-connection-queries', 'notes/debug-shell-negozio.txt',
     'django shell session printing connection.queries of an italian shop with a drf token insert', G)
def django_queries(d):
    first, last, sex = d.person('it')
    dt = d.bdate(1950, 2004)
    cf = d.cf(first, last, sex, dt)
    tok = d.gs('hex40')
    mail = d.email(first, last, 'it')
    uid = d.ri(1000, 9999)
    q1 = f'SELECT "clienti_cliente"."id", "clienti_cliente"."email" FROM "clienti_cliente" WHERE "clienti_cliente"."codice_fiscale" = \'{cf}\' LIMIT 21'
    q2 = f'INSERT INTO "authtoken_token" ("key", "user_id", "created") VALUES (\'{tok}\', {uid}, \'2026-01-22T10:{d.ri(10, 59)}:{d.ri(10, 59)}.{d.ri(100000, 999999)}+00:00\'::timestamptz)'
    q3 = f'SELECT "auth_user"."id", "auth_user"."email" FROM "auth_user" WHERE "auth_user"."email" = \'{mail}\' LIMIT 21'
    return f""">>> from django.db import connection, reset_queries
>>> reset_queries()
>>> cliente = Cliente.objects.get(codice_fiscale="{cf}")
>>> Token.objects.create(user=cliente.user)
<Token: {tok}>
>>> User.objects.filter(email="{mail}").first()
<User: {(first[0] + last).lower().replace(' ', '')}>
>>> pprint(connection.queries)
[{{'sql': '{q1.replace("'", chr(92) + "'")}',
  'time': '0.002'}},
 {{'sql': '{q2.replace("'", chr(92) + "'")}',
  'time': '0.001'}},
 {{'sql': '{q3.replace("'", chr(92) + "'")}',
  'time': '0.001'}}]
"""


@doc('sqlalchemy-engine-echo-output', 'logs/intake-worker.log',
     'sqlalchemy engine echo output of a us benefits intake worker with generated and cached parameters', G)
def sqla_echo(d):
    nxt = clock(d, step=(0, 0))
    out = []

    def line(msg):
        t = nxt()
        return f'{t.strftime("%Y-%m-%d %H:%M:%S")},{t.microsecond // 1000:03d} INFO sqlalchemy.engine.Engine {msg}'
    out.append(line('BEGIN (implicit)'))
    q = 'INSERT INTO applicants (full_name, email, phone, date_of_birth, ssn, status) VALUES (?, ?, ?, ?, ?, ?)'
    for i in range(2):
        first, last, sex = d.person('us')
        out.append(line(q))
        tag = f'[generated in 0.000{d.ri(10, 99)}s]' if i == 0 else f'[cached since {d.rng.uniform(0.5, 9):.4g}s ago]'
        if i == 0:
            out.append(line(f"{tag} ('{first} {last}', '{d.email(first, last, 'us')}', '{d.phone('us', 2)}', "
                            f"'{d.dob(None, '%Y-%m-%d', 1950, 2006)}', '{d.ssn()}', 'NEW')"))
        else:
            out.append(line(f"{tag} ('{first} {last}', '{d.email(first, last, 'us')}', None, None, '{d.ssn()}', 'NEW')"))
    out.append(line('COMMIT'))
    return '\n'.join(out)


@doc('sqlalchemy-integrityerror-traceback', 'logs/admissions/worker-error.log',
     'python traceback of a sqlalchemy IntegrityError printing the failed insert parameters of a student record', G)
def sqla_integrity(d):
    first, last, sex = d.person('in')
    mail = d.email(first, last, 'in')
    pp = d.passport('in')
    dob = d.dob(None, '%Y-%m-%d', 1995, 2007)
    return f"""Traceback (most recent call last):
  File "/app/.venv/lib/python3.12/site-packages/sqlalchemy/engine/base.py", line 1967, in _exec_single_context
    self.dialect.do_execute(
  File "/app/.venv/lib/python3.12/site-packages/sqlalchemy/engine/default.py", line 941, in do_execute
    cursor.execute(statement, parameters)
psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "uq_students_email"
DETAIL:  Key (email)=({mail}) already exists.


The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "/app/admissions/tasks.py", line 57, in import_offer_letters
    session.commit()
  File "/app/.venv/lib/python3.12/site-packages/sqlalchemy/orm/session.py", line 2017, in commit
    trans.commit(_to_root=True)
sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint "uq_students_email"
DETAIL:  Key (email)=({mail}) already exists.

[SQL: INSERT INTO students (email, first_name, last_name, date_of_birth, passport_no, intake) VALUES (%(email)s, %(first_name)s, %(last_name)s, %(date_of_birth)s, %(passport_no)s, %(intake)s) RETURNING students.id]
[parameters: {{'email': '{mail}', 'first_name': '{first}', 'last_name': '{last}', 'date_of_birth': '{dob}', 'passport_no': '{pp}', 'intake': '2026-09'}}]
(Background on this error at: https://sqlalche.me/e/20/gkpj)
"""


# --------------------------------------------------------------------------------------------- Node


@doc('sequelize-executing-default-log', 'logs/api-out.log',
     'pm2 stdout of a node api with sequelize query logging and logged parameters', G)
def sequelize_log(d):
    first, last, sex = d.person('nl')
    mail = d.email(first, last, 'nl')
    ph = d.phone('be', 0)
    dob = d.dob(None, '%Y-%m-%d', 1950, 2006)
    return f"""0|api      | Executing (default): SELECT "id", "email" FROM "Customers" AS "Customer" WHERE "Customer"."email" = '{mail}' LIMIT 1;
0|api      | Executing (default): INSERT INTO "Customers" ("id","email","phone","dateOfBirth","marketingOptIn","createdAt","updatedAt") VALUES (DEFAULT,$1,$2,$3,$4,$5,$6) RETURNING "id","email","phone","dateOfBirth","marketingOptIn","createdAt","updatedAt"; "{mail}", "{ph}", "{dob}", false, "2026-01-{d.ri(10, 28)} 08:{d.ri(10, 59)}:{d.ri(10, 59)}.{d.ri(100, 999)} +00:00", "2026-01-{d.ri(10, 28)} 08:{d.ri(10, 59)}:{d.ri(10, 59)}.{d.ri(100, 999)} +00:00"
0|api      | POST /v1/customers 201 {d.ri(20, 90)}.{d.ri(100, 999)} ms - {d.ri(200, 400)}
"""


@doc('sequelize-unique-constraint-error-dump', 'logs/payouts-error.log',
     'node console.error dump of a SequelizeUniqueConstraintError with the duplicate iban and insert parameters', G)
def sequelize_err(d):
    first, last, sex = d.person('de')
    iban = d.iban('de')
    dob = d.dob(None, '%Y-%m-%d', 1950, 2005)
    return f"""UniqueConstraintError [SequelizeUniqueConstraintError]: Validation error
    at Query.formatError (/srv/payouts/node_modules/sequelize/lib/dialects/postgres/query.js:325:16)
    at Query.run (/srv/payouts/node_modules/sequelize/lib/dialects/postgres/query.js:76:18)
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
    at async /srv/payouts/node_modules/sequelize/lib/sequelize.js:650:16
    at async PostgresQueryInterface.insert (/srv/payouts/node_modules/sequelize/lib/dialects/abstract/query-interface.js:795:21)
    at async model.save (/srv/payouts/node_modules/sequelize/lib/model.js:4154:35)
    at async PayeeService.create (/srv/payouts/src/services/payee.js:41:5) {{
  errors: [
    ValidationErrorItem {{
      message: 'iban must be unique',
      type: 'unique violation',
      path: 'iban',
      value: '{iban}',
      origin: 'DB',
      instance: [Payee],
      validatorKey: 'not_unique',
      validatorName: null,
      validatorArgs: []
    }}
  ],
  fields: {{ iban: '{iban}' }},
  parent: error: duplicate key value violates unique constraint "Payees_iban_key"
      at Parser.parseErrorMessage (/srv/payouts/node_modules/pg-protocol/dist/parser.js:283:98) {{
    length: {d.ri(200, 260)},
    severity: 'ERROR',
    code: '23505',
    detail: 'Key (iban)=({iban}) already exists.',
    schema: 'public',
    table: 'Payees',
    constraint: 'Payees_iban_key',
    file: 'nbtinsert.c',
    line: '663',
    routine: '_bt_check_unique',
    sql: 'INSERT INTO "Payees" ("id","iban","holderName","dateOfBirth","createdAt","updatedAt") VALUES (DEFAULT,$1,$2,$3,$4,$5) RETURNING "id","iban","holderName","dateOfBirth","createdAt","updatedAt";',
    parameters: [
      '{iban}',
      '{first} {last}',
      '{dob}',
      '2026-01-{d.ri(10, 28)} 11:{d.ri(10, 59)}:{d.ri(10, 59)}.{d.ri(100, 999)} +00:00',
      '2026-01-{d.ri(10, 28)} 11:{d.ri(10, 59)}:{d.ri(10, 59)}.{d.ri(100, 999)} +00:00'
    ]
  }},
  sql: 'INSERT INTO "Payees" ("id","iban","holderName","dateOfBirth","createdAt","updatedAt") VALUES (DEFAULT,$1,$2,$3,$4,$5) RETURNING "id","iban","holderName","dateOfBirth","createdAt","updatedAt";'
}}
"""


@doc('prisma-query-event-stdout', 'logs/zorgportaal/stdout.log',
     'prisma query event logging of a dutch care portal with params and durations', G)
def prisma_q(d):
    first, last, sex = d.person('nl')
    bsn = d.bsn()
    mail = d.email(first, last, 'nl')
    dob = d.bdate(1940, 2010)
    gd = d.dob(dob, '%Y-%m-%d 00:00:00 UTC')
    cid = 'cl' + d.anx(23, '0123456789abcdefghijklmnopqrstuvwxyz')
    return f"""prisma:info Starting a postgresql pool with 9 connections.
Query: SELECT "public"."Client"."id" FROM "public"."Client" WHERE "public"."Client"."bsn" = $1 LIMIT $2 OFFSET $3
Params: ["{bsn}",1,0]
Duration: {d.ri(1, 9)}ms
Query: INSERT INTO "public"."Client" ("id","bsn","email","geboortedatum","createdAt") VALUES ($1,$2,$3,$4,$5) RETURNING "public"."Client"."id", "public"."Client"."bsn", "public"."Client"."email", "public"."Client"."geboortedatum", "public"."Client"."createdAt"
Params: ["{cid}","{bsn}","{mail}","{gd}","2026-01-{d.ri(10, 28)} 13:{d.ri(10, 59)}:{d.ri(10, 59)}.{d.ri(100, 999)} UTC"]
Duration: {d.ri(2, 14)}ms
"""


@doc('knex-debug-query-bindings-output', 'logs/hotel-checkin-debug.txt',
     'knex debug output of query and bindings of a hotel online check-in service', G)
def knex(d):
    first, last, sex = d.person('de')
    pp = d.passport('de')
    dob = d.dob(None, '%Y-%m-%d', 1950, 2005)
    return f"""  knex:client acquired connection from pool: __knexUid1 +0ms
  knex:query insert into "guest_registration" ("booking_ref", "surname", "given_names", "passport_number", "nationality", "date_of_birth") values (?, ?, ?, ?, ?, ?) returning "id" trx2 +0ms
  knex:bindings [ '{d.anx(8, '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ')}', '{last}', '{first}', '{pp}', 'DEU', '{dob}' ] trx2 +1ms
  knex:client releasing connection to pool: __knexUid1 +4ms
"""


# --------------------------------------------------------------------------------------------- Go / Rust


@doc('gorm-logger-trace-sql', 'logs/wallet-svc.log',
     'gorm logger trace output of a wallet service with interpolated values', G)
def gorm(d):
    cc = 'fi'
    first, last, sex = d.person(cc)
    iban = d.iban('fi')
    key = d.gs('an32')
    mail = d.email(first, last, cc)
    t = f'2026-01-{d.ri(10, 28)} 10:{d.ri(10, 59)}:{d.ri(10, 59)}.{d.ri(100, 999)}'
    return f"""
2026/01/{d.ri(10, 28)} 10:{d.ri(10, 59)}:{d.ri(10, 59)} /srv/wallet/internal/repo/account.go:88
[2.113ms] [rows:1] INSERT INTO "accounts" ("created_at","updated_at","deleted_at","email","iban","api_key") VALUES ('{t}','{t}',NULL,'{mail}','{iban}','{key}') RETURNING "id"

2026/01/{d.ri(10, 28)} 10:{d.ri(10, 59)}:{d.ri(10, 59)} /srv/wallet/internal/repo/account.go:102
[0.611ms] [rows:1] SELECT * FROM "accounts" WHERE email = '{mail}' AND "accounts"."deleted_at" IS NULL ORDER BY "accounts"."id" LIMIT 1
"""


@doc('go-sqldblogger-logfmt-output', 'logs/kundeportal/app.jsonl',
     'sqldblogger zerolog output of a norwegian customer portal with query args', G)
def sqldblogger(d):
    first, last, sex = d.person('no')
    ph = d.phone('no', 0)
    tok = d.gs('b64u_32')
    out = []
    for q, args in [('INSERT INTO password_reset (user_id, reset_token, expires_at) VALUES ($1, $2, $3)',
                     [d.ri(1000, 9999), tok, '2026-01-20T12:00:00Z']),
                    ('UPDATE kunde SET mobil = $1 WHERE id = $2', [ph, d.ri(1000, 9999)])]:
        out.append(json.dumps({'level': 'info', 'time': f'2026-01-20T11:{d.ri(10, 59)}:{d.ri(10, 59)}+01:00',
                               'duration': d.rng.uniform(0.4, 4.0), 'query': q, 'args': args,
                               'conn_id': d.anx(16, 'abcdefghijklmnopqrstuvwxyz0123456789'), 'message': 'ExecContext'},
                              ensure_ascii=False))
    return '\n'.join(out)


@doc('sea-orm-debug-statement-log', 'logs/vardplan/server.log',
     'sea-orm debug statement log of a swedish care planning backend', G)
def sea_orm(d):
    first, last, sex = d.person('se')
    pn = d.pnr('YYYYMMDD-NNNN', 1930, 2006, sex=sex)
    ph = d.phone('se', 0)
    return f"""2026-01-{d.ri(10, 28)}T08:{d.ri(10, 59)}:{d.ri(10, 59)}.{d.ri(100000, 999999)}Z  INFO vardplan::server: listening on 0.0.0.0:8080
2026-01-{d.ri(10, 28)}T08:{d.ri(10, 59)}:{d.ri(10, 59)}.{d.ri(100000, 999999)}Z DEBUG sea_orm::driver::sqlx_postgres: INSERT INTO "brukare" ("fornamn", "efternamn", "personnummer", "telefon", "enhet_id") VALUES ('{first}', '{last}', '{pn}', '{ph}', {d.ri(1, 40)}) RETURNING "id"
2026-01-{d.ri(10, 28)}T08:{d.ri(10, 59)}:{d.ri(10, 59)}.{d.ri(100000, 999999)}Z DEBUG sea_orm::driver::sqlx_postgres: SELECT "insats"."id", "insats"."typ" FROM "insats" WHERE "insats"."brukare_id" = {d.ri(1000, 9999)}
"""


# --------------------------------------------------------------------------------------------- .NET / Elixir / PHP / Oracle


@doc('efcore-sensitive-data-logging-output', 'logs/Personal.Api/stdout.log',
     'asp.net core console output with ef core sensitive data logging of a uk hr api', G)
def efcore(d):
    first, last, sex = d.person('gb')
    dob = d.dob(None, '%Y-%m-%d', 1955, 2005)
    mail = d.email(first, last, 'gb')
    ni = d.nino()
    return f"""warn: Microsoft.EntityFrameworkCore.Model.Validation[10400]
      Sensitive data logging is enabled. Log entries and exception messages may include sensitive application data; this mode should only be enabled during development.
info: Microsoft.EntityFrameworkCore.Database.Command[20101]
      Executed DbCommand (4ms) [Parameters=[@p0='{dob}' (DbType = Date), @p1='{mail}' (Nullable = false) (Size = 256), @p2='{first} {last}' (Nullable = false) (Size = 200), @p3='{ni}' (Size = 9)], CommandType='Text', CommandTimeout='30']
      SET IMPLICIT_TRANSACTIONS OFF;
      SET NOCOUNT ON;
      INSERT INTO [Employees] ([DateOfBirth], [Email], [FullName], [NationalInsuranceNumber])
      OUTPUT INSERTED.[Id]
      VALUES (@p0, @p1, @p2, @p3);
info: Personal.Api.Controllers.EmployeesController[0]
      Employee {d.ri(1000, 9999)} created
"""


@doc('sqlclient-duplicate-key-exception-log', 'logs/Billing.Worker/log-20260121.txt',
     'serilog file log with a sql server duplicate key exception printing the duplicate value', G)
def sqlclient_dup(d):
    ssn = d.ssn()
    cid = d.uuid()
    return f"""2026-01-21 09:{d.ri(10, 59)}:{d.ri(10, 59)}.{d.ri(100, 999)} +00:00 [INF] Importing enrollment batch {d.num(8)}
2026-01-21 09:{d.ri(10, 59)}:{d.ri(10, 59)}.{d.ri(100, 999)} +00:00 [ERR] An error occurred while saving the entity changes. See the inner exception for details.
Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.
 ---> Microsoft.Data.SqlClient.SqlException (0x80131904): Violation of UNIQUE KEY constraint 'UQ_Members_Ssn'. Cannot insert duplicate key in object 'dbo.Members'. The duplicate key value is ({ssn}).
The statement has been terminated.
   at Microsoft.Data.SqlClient.SqlCommand.<>c.<ExecuteDbDataReaderAsync>b__211_0(Task`1 result)
   at System.Threading.Tasks.ContinuationResultTaskFromResultTask`2.InnerInvoke()
   at Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)
ClientConnectionId:{cid}
Error Number:2627,State:1,Class:14
   --- End of inner exception stack trace ---
   at Billing.Worker.Enrollment.ImportHandler.Handle(ImportBatch batch, CancellationToken ct) in /src/Billing.Worker/Enrollment/ImportHandler.cs:line 73
"""


@doc('miniprofiler-dapper-timings-json', 'App_Data/profiler/register-member.json',
     'miniprofiler json result of a dapper insert with parameter declarations', G)
def miniprofiler(d):
    first, last, sex = d.person('gb')
    mail = d.email(first, last, 'gb')
    iban = d.iban('ie')
    bd = d.dob(None, '%Y-%m-%d', 1950, 2006)
    cmd = (f"DECLARE @Email nvarchar(4000) = N'{mail}';\nDECLARE @Iban nvarchar(4000) = N'{iban}';\n"
           f"DECLARE @BirthDate date = '{bd}';\n\nINSERT INTO Members (Email, Iban, BirthDate, Joined) "
           "VALUES (@Email, @Iban, @BirthDate, SYSUTCDATETIME());\nSELECT CAST(SCOPE_IDENTITY() AS int);")
    res = {'Id': d.uuid(), 'Name': '/members/register', 'Started': f'2026-01-19T14:{d.ri(10, 59)}:{d.ri(10, 59)}.{d.ri(100, 999)}Z',
           'DurationMilliseconds': round(d.rng.uniform(20, 90), 1), 'MachineName': 'WEB02', 'Root': {
               'Id': d.uuid(), 'Name': 'http://members.local/members/register', 'DurationMilliseconds': round(d.rng.uniform(20, 90), 1),
               'StartMilliseconds': 0.0, 'Children': [{'Id': d.uuid(), 'Name': 'MemberRepository.Insert',
                                                      'DurationMilliseconds': round(d.rng.uniform(3, 9), 1), 'StartMilliseconds': 11.2,
                                                      'CustomTimings': {'sql': [{
                                                          'Id': d.uuid(), 'CommandString': cmd, 'ExecuteType': 'ExecuteScalar',
                                                          'StackTraceSnippet': 'MemberRepository.Insert RegisterController.Post',
                                                          'StartMilliseconds': 11.9, 'DurationMilliseconds': round(d.rng.uniform(1, 5), 1)}]}}]}}
    return json.dumps(res, indent=2, ensure_ascii=False)


@doc('ecto-query-debug-phoenix-log', 'log/dev.log',
     'phoenix dev log with ecto query debug output and parameter lists', G)
def ecto(d):
    first, last, sex = d.person('fr')
    mail = d.email(first, last, 'fr')
    ph = d.phone('fr', 0)
    dob = d.dob(None, '%Y-%m-%d', 1950, 2006)
    bc = d.bcrypt()
    return f"""[info] POST /users/register
[debug] Processing with InscriptionWeb.UserRegistrationController.create/2
  Parameters: %{{"_csrf_token" => "[FILTERED]", "user" => %{{"date_of_birth" => "{dob}", "email" => "{mail}", "password" => "[FILTERED]", "phone" => "{ph}"}}}}
  Pipelines: [:browser, :redirect_if_user_is_authenticated]
[debug] QUERY OK source="users" db=2.1ms queue=0.4ms idle=1204.3ms
INSERT INTO "users" ("email","hashed_password","phone","date_of_birth","inserted_at","updated_at") VALUES ($1,$2,$3,$4,$5,$6) RETURNING "id" ["{mail}", "{bc}", "{ph}", ~D[{dob}], ~U[2026-01-{d.ri(10, 28)} 10:{d.ri(10, 59)}:{d.ri(10, 59)}Z], ~U[2026-01-{d.ri(10, 28)} 10:{d.ri(10, 59)}:{d.ri(10, 59)}Z]]
↳ Inscription.Accounts.register_user/1, at: lib/inscription/accounts.ex:79
[info] Sent 302 in 61ms
"""


@doc('doctrine-executing-statement-monolog', 'var/log/dev.log',
     'symfony dev log with doctrine dbal executing statement messages and parameters of a french association', G)
def doctrine(d):
    first, last, sex = d.person('fr')
    mail = d.email(first, last, 'fr')
    iban = d.iban('fr')
    dn = d.dob(None, '%Y-%m-%d', 1945, 2006)
    sql = 'INSERT INTO adherent (nom, prenom, email, date_naissance, iban, cree_le) VALUES (?, ?, ?, ?, ?, ?)'
    params = {'1': last, '2': first, '3': mail, '4': dn, '5': iban, '6': f'2026-01-{d.ri(10, 28)} 18:{d.ri(10, 59)}:{d.ri(10, 59)}'}
    pa = ','.join(f'"{k}":"{v}"' for k, v in params.items())
    ctx = json.dumps({'sql': sql, 'params': params, 'types': {k: 2 for k in params}}, ensure_ascii=False)
    return f"""[2026-01-{d.ri(10, 28)}T18:{d.ri(10, 59)}:{d.ri(10, 59)}.{d.ri(100000, 999999)}+01:00] request.INFO: Matched route "adhesion_new". {{"route":"adhesion_new","route_parameters":{{"_route":"adhesion_new","_controller":"App\\\\Controller\\\\AdhesionController::new"}},"request_uri":"https://asso-velo.local/adhesion","method":"POST"}} []
[2026-01-{d.ri(10, 28)}T18:{d.ri(10, 59)}:{d.ri(10, 59)}.{d.ri(100000, 999999)}+01:00] doctrine.DEBUG: Beginning transaction [] []
[2026-01-{d.ri(10, 28)}T18:{d.ri(10, 59)}:{d.ri(10, 59)}.{d.ri(100000, 999999)}+01:00] doctrine.DEBUG: Executing statement: {sql} (parameters: array{{{pa}}}, types: array{{"1":2,"2":2,"3":2,"4":2,"5":2,"6":2}}) {ctx} []
[2026-01-{d.ri(10, 28)}T18:{d.ri(10, 59)}:{d.ri(10, 59)}.{d.ri(100000, 999999)}+01:00] doctrine.DEBUG: Committing transaction [] []
"""


@doc('laravel-queryexception-stack-log', 'storage/logs/laravel-2026-01-22.log',
     'laravel daily log with a QueryException printing the failed insert with its bindings', G)
def laravel_qe(d):
    first, last, sex = d.person('de')
    mail = d.email(first, last, 'de')
    ph = d.phone('de', 1)
    bd = d.dob(None, '%Y-%m-%d', 1950, 2006)
    bc = d.X('$2y$12$' + d.rs(53, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./'))
    ts = f'2026-01-22 16:{d.ri(10, 59)}:{d.ri(10, 59)}'
    sql = (f"insert into `users` (`name`, `email`, `password`, `phone`, `birth_date`, `updated_at`, `created_at`) values "
           f"({first} {last}, {mail}, {bc}, {ph}, {bd}, {ts}, {ts})")
    return f"""[{ts}] production.ERROR: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '{mail}' for key 'users.users_email_unique' (Connection: mysql, SQL: {sql}) {{"exception":"[object] (Illuminate\\\\Database\\\\UniqueConstraintViolationException(code: 23000): SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '{mail}' for key 'users.users_email_unique' (Connection: mysql, SQL: {sql}) at /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php:817)
[stacktrace]
#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php(771): Illuminate\\\\Database\\\\Connection->runQueryCallback()
#1 /var/www/html/vendor/laravel/framework/src/Illuminate/Database/MySqlConnection.php(42): Illuminate\\\\Database\\\\Connection->run()
#2 /var/www/html/app/Http/Controllers/Auth/RegisteredUserController.php(44): Illuminate\\\\Database\\\\Eloquent\\\\Model->save()
#3 {{main}}
"}}
"""


@doc('oracle-sql-bind-capture-sqlplus', 'dba/notes/bind-capture-kunde-update.txt',
     'sql*plus session querying v$sql and v$sql_bind_capture for a slow customer update', G)
def oracle_bind(d):
    sid = d.anx(13, 'abcdfghjkmnpqrstuvwxyz0123456789')
    iban = d.iban('at')
    ph = d.phone('at', 0)
    gd = d.dob(None, '%d.%m.%Y', 1945, 2005)
    kn = d.num(8)
    return f"""SQL> SELECT sql_text FROM v$sql WHERE sql_id = '{sid}';

SQL_TEXT
--------------------------------------------------------------------------------
UPDATE KUNDE SET IBAN = :1, TELEFON = :2, GEBURTSDATUM = TO_DATE(:3, 'DD.MM.YYYY') WHERE KUNDE_NR = :4

SQL> COLUMN name FORMAT a6
SQL> COLUMN value_string FORMAT a40
SQL> SELECT name, position, datatype_string, value_string FROM v$sql_bind_capture WHERE sql_id = '{sid}' ORDER BY position;

NAME     POSITION DATATYPE_STRING      VALUE_STRING
------ ---------- -------------------- ----------------------------------------
:1              1 VARCHAR2(128)        {iban}
:2              2 VARCHAR2(32)         {ph}
:3              3 VARCHAR2(32)         {gd}
:4              4 VARCHAR2(32)         {kn}

4 rows selected.

SQL> exit
"""

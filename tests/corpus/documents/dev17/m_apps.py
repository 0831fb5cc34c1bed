"""Mobile/desktop apps, game servers, IoT/home-lab, backup tools, password-manager exports."""
import json as _json


class json:  # noqa: N801 - every JSON document here is written as UTF-8, not \u-escaped
    @staticmethod
    def dumps(o, **kw):
        kw.setdefault("ensure_ascii", False)
        return _json.dumps(o, **kw)


from common import jesc, uenc, xesc


def ios_log(S):
    d = S.doc("ios-unified-log/log-show-bokhylla.txt")
    g = S.g
    tok = d.bt("jwt")
    tok2 = d.bt("opaque")
    d.set(f"""$ log show --predicate 'subsystem == "se.kvarnbackens.bokhylla"' --info --debug --last 10m
Filtering the log data using "subsystem == "se.kvarnbackens.bokhylla""
Skipping info and debug messages, pass --info and/or --debug to include.
Timestamp                       Thread     Type        Activity             PID    TTL
2026-11-04 09:12:41.118903+0100 0x3a2b1    Info        0x0                  812    0    Bokhylla: [se.kvarnbackens.bokhylla:auth] Restoring session for user <private>
2026-11-04 09:12:41.120114+0100 0x3a2b1    Debug       0x0                  812    0    Bokhylla: [se.kvarnbackens.bokhylla:auth] keychain item found: accessGroup=7QK2XJ94TR.se.kvarnbackens.shared
2026-11-04 09:12:41.233870+0100 0x3a2c4    Debug       0x0                  812    0    Bokhylla: [se.kvarnbackens.bokhylla:network] -> GET https://api.bokhylla.kvarnbackens.se/v3/me
    Authorization: Bearer {tok}
    X-Device-Id: {d.uuid()}
2026-11-04 09:12:41.402133+0100 0x3a2c4    Debug       0x0                  812    0    Bokhylla: [se.kvarnbackens.bokhylla:network] <- 200 (168 ms) {{"id":48213,"email":"{d.email()}","phone":"{d.phone('SE')}","locale":"sv_SE"}}
2026-11-04 09:12:44.010028+0100 0x3a2c4    Debug       0x0                  812    0    Bokhylla: [se.kvarnbackens.bokhylla:network] -> POST https://api.bokhylla.kvarnbackens.se/v3/loans
    Authorization: Bearer <private>
2026-11-04 09:12:47.551902+0100 0x3a2d0    Error       0x0                  812    0    Bokhylla: [se.kvarnbackens.bokhylla:sync] background refresh failed: Error Domain=NSURLErrorDomain Code=-1001 "The request timed out." UserInfo={{NSErrorFailingURLStringKey=https://sync.kvarnbackens.se/v1/pull?since=1793950000&access_token={tok2}, _kCFStreamErrorCodeKey=-2102}}
2026-11-04 09:12:48.004417+0100 0x3a2b1    Default     0x0                  812    0    Bokhylla: [se.kvarnbackens.bokhylla:push] registered APNs token {d.hexid(64)}
2026-11-04 09:12:48.110590+0100 0x3a2b1    Debug       0x0                  812    0    Bokhylla: [se.kvarnbackens.bokhylla:config] remote config loaded: {{"featureFlags":{{"loanExtension":true}},"supportPhone":"{d.phone('SE')}","analyticsKey":"{d.la(g.chars('0123456789abcdef', 32))}","sdkClientKey":"{d.gs('alnum32')}"}}
--------------------------------------------------------------------------------------------------------------------
Log      - Default:          2, Info:                1, Debug:               6, Error:          1, Fault:          0
""")
    # the access_token in the failing URL is an access token in a query string: bearer or generic
    d.labels = [("bearer-token|generic-secret", v) if v == tok2 else (c, v) for c, v in d.labels]


def electron(S):
    d = S.doc("electron-app-logs/main.log")
    g = S.g
    rt = g.secret("b64url")
    d.lab("generic-secret", rt)
    pp = g.password("alnum")
    d.lab("password", pp)
    d.set(f"""[2026-11-04 08:55:02.114] [info]  Kvarn Desktop 4.12.0 starting (electron 31.2.1, chrome 126.0.6478.183, node 20.15.1)
[2026-11-04 08:55:02.230] [info]  userData: C:\\Users\\frida.wallin\\AppData\\Roaming\\Kvarn Desktop
[2026-11-04 08:55:02.611] [debug] store loaded: {{"window":{{"width":1280,"height":800}},"auth":{{"user":"frida.wallin","refreshToken":"{rt}","expiresAt":1793958102}},"proxy":{{"enabled":true,"host":"10.2.0.1","port":3128,"username":"frida.wallin","password":"{pp}"}}}}
[2026-11-04 08:55:03.004] [info]  auto-updater: checking https://updates.kvarnbackens.se/desktop/latest.yml
[2026-11-04 08:55:03.412] [warn]  auto-updater: signature of latest.yml could not be verified (sha512 {d.la(g.b64(64))})
[2026-11-04 08:55:04.120] [debug] ipc -> renderer 'session:token' {{"accessToken":"{d.labj('jwt|bearer-token', g.jwt())}","tokenType":"Bearer"}}
[2026-11-04 08:55:09.998] [error] request failed POST https://api.kvarnbackens.se/v2/sync
    at ClientRequest.<anonymous> (C:\\Users\\frida.wallin\\AppData\\Local\\Programs\\kvarn-desktop\\resources\\app.asar\\dist\\main.js:2:41822)
    headers: {{ authorization: 'Bearer {d.bt('hex')}', 'user-agent': 'KvarnDesktop/4.12.0' }}
[2026-11-04 08:55:10.004] [info]  crashReporter: uploading to https://o{g.randint(100000, 999999)}.ingest.sentry.io/api/{g.randint(1000000, 9999999)}/minidump/?sentry_key={d.la(g.chars('0123456789abcdef', 32))}
[2026-11-04 08:55:12.301] [debug] s3 uploader: {{"accessKeyId":"{d.ak()}","secretAccessKey":"{d.sk()}","bucket":"kvarn-desktop-crash"}}
[2026-11-04 08:55:14.880] [debug] GET https://api.kvarnbackens.se/v2/me {{"Authorization":"Bearer {d.bt('b64url')}"}}
[2026-11-04 08:55:15.002] [debug] feature flags client key={d.gs('alnum32')}
[2026-11-04 08:56:41.551] [info]  user signed out, tokens cleared
""")


def flutter(S):
    d = S.doc("flutter-run-console/flutter-run.txt")
    g = S.g
    srk = g.jwt(alg="HS256", iss="supabase", extra={"role": "service_role"})
    d.lab("jwt", srk)
    d.set(f"""$ flutter run -d emulator-5554 --dart-define-from-file=env/prod.json
Launching lib/main.dart on sdk gphone64 x86 64 in debug mode...
Running Gradle task 'assembleDebug'...                             41.2s
✓ Built build/app/outputs/flutter-apk/app-debug.apk
Installing build/app/outputs/flutter-apk/app-debug.apk...           2.1s
Syncing files to device sdk gphone64 x86 64...                      88ms

Flutter run key commands.
r Hot reload. 🔥🔥🔥
R Hot restart.

I/flutter ( 8121): [env] SUPABASE_URL=https://qxkzvtjbnrwlpd.supabase.co
I/flutter ( 8121): [env] SUPABASE_SERVICE_ROLE_KEY={srk}
I/flutter ( 8121): [env] MAPS_API_KEY=<set in AndroidManifest>
I/flutter ( 8121): [env] REVENUECAT_SECRET={d.gs('prefixed')}
I/flutter ( 8121): [auth] signInWithPassword(email: {d.email()}, password: {d.pw('mix', punct='!#%*-=?@_.')})
I/flutter ( 8121): [auth] session established, access token {d.jwt(cat='jwt')}
I/flutter ( 8121): [http] GET https://api.resa.kvarnbackens.se/v1/trips  Authorization: Bearer {d.bt('b64url')}
I/flutter ( 8121): [http] 200 OK (212ms)
I/flutter ( 8121): [upload] using AWS key {d.ak()} secret {d.sk()}
I/flutter ( 8121): [http] GET https://api.resa.kvarnbackens.se/v1/me  Authorization: Bearer {d.bt('opaque')}
W/flutter ( 8121): [prefs] migrating legacy key 'pin_code' -> secure storage
D/EGL_emulation( 8121): app_time_stats: avg=16.61ms min=2.02ms max=48.44ms count=60
""")


def eas(S):
    d = S.doc("eas-build-logs/eas.json")
    d.set(f"""{{
  "cli": {{ "version": ">= 12.0.0", "appVersionSource": "remote" }},
  "build": {{
    "development": {{ "developmentClient": true, "distribution": "internal" }},
    "preview": {{
      "distribution": "internal",
      "env": {{ "API_URL": "https://staging-api.resa.kvarnbackens.se", "SENTRY_AUTH_TOKEN": "{d.gs('hex64')}",
               "AWS_ACCESS_KEY_ID": "{d.ak()}", "AWS_SECRET_ACCESS_KEY": "{d.sk()}" }}
    }},
    "production": {{
      "autoIncrement": true,
      "env": {{
        "API_URL": "https://api.resa.kvarnbackens.se",
        "ONESIGNAL_REST_API_KEY": "{d.gs('alnum40')}",
        "RC_PUBLIC_KEY": "appl_{S.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 27)}"
      }}
    }}
  }},
  "submit": {{
    "production": {{
      "ios": {{ "appleId": "{d.email()}", "ascAppId": "6478123390", "appleTeamId": "7QK2XJ94TR" }},
      "android": {{ "serviceAccountKeyPath": "./secrets/play-sa.json", "track": "internal" }}
    }}
  }}
}}
""")


def xcconfig(S):
    d = S.doc("xcode-xcconfig/Secrets.xcconfig")
    d.set(f"""// Secrets.xcconfig - included from Release.xcconfig, ignored by git (it was not)
// use $() to escape the // in URLs
API_BASE_URL = https:/$()/api.bokhylla.kvarnbackens.se/v3
API_CLIENT_SECRET = {d.gs('alnum40')}
ANALYTICS_WRITE_KEY = {d.gs('alnum32')}
MAPBOX_PUBLIC_TOKEN = pk.{S.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 60)}
SENTRY_DSN = https:/$()/{d.hexid(32)}@o{S.g.randint(100000, 999999)}.ingest.de.sentry.io/{S.g.randint(1000000, 9999999)}
DEMO_ACCOUNT_PASSWORD = {d.pw('alnum')}
CODE_SIGN_IDENTITY = Apple Distribution: Kvarnbackens AB (7QK2XJ94TR)
""")


def macos_defaults(S):
    d = S.doc("macos-defaults-read/com.kvarnbackens.sync.txt")
    d.set(f"""$ defaults read com.kvarnbackens.sync
{{
    AccountEmail = "{d.email()}";
    AuthToken = "{d.bt('opaque', cat='generic-secret|bearer-token')}";
    LastSyncDate = "2026-11-04 07:58:12 +0000";
    NSNavLastRootDirectory = "~/Documents/Kvarn";
    ProxyHost = "10.2.0.1";
    ProxyPassword = "{d.pw('alnum')}";
    ProxyUser = "ebba.holm";
    RefreshToken = "{d.gs('b64url')}";
    SUEnableAutomaticChecks = 1;
    SUFeedURL = "https://updates.kvarnbackens.se/mac/appcast.xml";
    SUPublicEDKey = "{d.la(S.g.b64(32))}";
    WebDAVPassword = "{d.pw('mix', enc='dq', punct='!#%*-=?@_.')}";
}}
""")


def android_prefs(S):
    d = S.doc("android-shared-prefs/auth_prefs.xml")
    d.set(f"""<?xml version='1.0' encoding='utf-8' standalone='yes' ?>
<map>
    <string name="user_email">{d.email()}</string>
    <string name="access_token">{d.jwt(cat='jwt')}</string>
    <string name="refresh_token">{d.gs('alnum40')}</string>
    <long name="token_expiry" value="1793959912000" />
    <string name="device_id">{d.uuid()}</string>
    <string name="fcm_token">{d.la(S.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 22) + ':APA91b' + S.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 134))}</string>
    <string name="wifi_setup_password">{d.pw('alnum')}</string>
    <boolean name="biometric_enabled" value="true" />
    <string name="pin_hash">{d.sha256()}</string>
</map>
""")
    d.set("$ adb shell run-as se.kvarnbackens.resa cat /data/data/se.kvarnbackens.resa/shared_prefs/auth_prefs.xml\n" + d.text)


def factorio(S):
    d = S.doc("factorio-server-settings/server-settings.json")
    g = S.g
    data = {"name": "Kvarn LAN Megabase", "description": "Friday night factory", "tags": ["vanilla", "coop"],
            "max_players": 12, "visibility": {"public": True, "lan": True},
            "_comment_credentials": "Your factorio.com login credentials. Required for games with visibility public",
            "username": "kvarn_ops", "password": d.labj("password", g.password("alnum")),
            "_comment_token": "Authentication token. May be used instead of 'password' above.",
            "token": d.labj("generic-secret", g.secret("hex32")[:30]),
            "game_password": d.labj("password", g.password("words")),
            "require_user_verification": True, "max_upload_in_kilobytes_per_second": 0,
            "autosave_interval": 10, "autosave_slots": 5, "afk_autokick_interval": 0,
            "allow_commands": "admins-only", "only_admins_can_pause_the_game": True}
    d.set(json.dumps(data, indent=2))
    d2 = S.doc("factorio-server-settings/start.sh")
    d2.set(f"""#!/bin/sh
exec /opt/factorio/bin/x64/factorio --start-server /opt/factorio/saves/megabase.zip \\
  --server-settings /opt/factorio/data/server-settings.json \\
  --rcon-port 27015 --rcon-password '{d2.pw('mix', punct='!#%*-=?@_.')}' \\
  --server-adminlist /opt/factorio/data/server-adminlist.json
""")


def ark(S):
    d = S.doc("ark-gameusersettings/GameUserSettings.ini")
    d.set(f"""[ServerSettings]
ServerPassword={d.pw('alnum')}
ServerAdminPassword={d.pw('mix', punct='!#%*-=?@_.')}
ClusterPassword={d.pw('alnum')}
SpectatorPassword={d.pw('words')}
RCONEnabled=True
RCONPort=27020
DifficultyOffset=1.0
ShowMapPlayerLocation=True
AllowThirdPersonPlayer=True
XPMultiplier=2.0
TamingSpeedMultiplier=3.0
HarvestAmountMultiplier=2.0
ActiveMods=731604991,1404697612

[SessionSettings]
SessionName=Kvarn Island PvE
Port=7777
QueryPort=27015

[/Script/Engine.GameSession]
MaxPlayers=20
""")


def cs2(S):
    d = S.doc("cs2-server-cfg/server.cfg")
    d.set(f"""// server.cfg - CS2 dedicated, LAN 2026-11 weekend
hostname "Kvarnbackens LAN #1"
sv_password "{d.pw('alnum')}"
rcon_password "{d.pw('mix', punct='!#%*-=?@_.')}"
sv_setsteamaccount {d.gs('hex32')}   // GSLT, app 730
sv_lan 0
sv_cheats 0
mp_autoteambalance 1
mp_limitteams 1
tv_enable 1
tv_password "{d.pw('alnum')}"
tv_relaypassword ""
log on
exec banned_user.cfg
""")


def teamspeak(S):
    d = S.doc("teamspeak-serverquery/first-start.log")
    g = S.g
    d.set(f"""2026-11-01 18:02:11.410191|INFO    |ServerLibPriv |   |TeamSpeak 3 Server 3.13.7 (2022-06-20 12:21:53)
2026-11-01 18:02:11.410337|INFO    |ServerLibPriv |   |SystemInformation: Linux 6.1.0-26-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.112-1 x86_64 Binary: 64bit
2026-11-01 18:02:11.516772|INFO    |DatabaseQuery |   |dbPlugin name:    SQLite3 plugin, Version 3, (c)TeamSpeak Systems GmbH
2026-11-01 18:02:11.903114|INFO    |Accounting    |   |Licensing Information
2026-11-01 18:02:12.004419|INFO    |              |   |Puzzle precompute time: 881
2026-11-01 18:02:12.112260|INFO    |Query         |   |Using a query_ip_allowlist file
------------------------------------------------------------------
                      I M P O R T A N T
------------------------------------------------------------------
               Server Query Admin Account created
         loginname= "serveradmin", password= "{d.pw('alnum')}"
         apikey= "{d.gs('b64url')}"
------------------------------------------------------------------
2026-11-01 18:02:12.310891|INFO    |VirtualServer |1  |listening on 0.0.0.0:9987, :::9987
------------------------------------------------------------------
                      I M P O R T A N T
------------------------------------------------------------------
      ServerAdmin privilege key created, please use it to gain
      serveradmin rights for your virtualserver. please
      also check the doc/privilegekey_guide.txt for details.

       token={d.gs('alnum40')}
------------------------------------------------------------------
2026-11-01 18:05:40.118112|INFO    |VirtualServer |1  |client connected 'Björn'(id:2) from {d.ip4()}:51022
2026-11-01 18:05:52.447013|INFO    |VirtualServer |1  |client connected 'Hampus'(id:3) from [{d.ip6()}]:50110
""")


def palworld(S):
    d = S.doc("palworld-settings/PalWorldSettings.ini")
    d.set(f"""[/Script/Pal.PalGameWorldSettings]
OptionSettings=(Difficulty=None,DayTimeSpeedRate=1.000000,NightTimeSpeedRate=1.000000,ExpRate=1.500000,PalCaptureRate=1.000000,bEnablePlayerToPlayerDamage=False,bEnableFriendlyFire=False,ServerPlayerMaxNum=16,ServerName="Kvarn Pals",ServerDescription="friends only",AdminPassword="{d.pw('alnum')}",ServerPassword="{d.pw('words', punct='!-_.')}",PublicPort=8211,PublicIP="",RCONEnabled=True,RCONPort=25575,Region="",bUseAuth=True,BanListURL="https://api.palworldgame.com/api/banlist.txt",RESTAPIEnabled=True,RESTAPIPort=8212)
""")


def z2m(S):
    d = S.doc("zigbee2mqtt-config/configuration.yaml")
    g = S.g
    nk = ", ".join(str(g.randint(0, 255)) for _ in range(16))
    d.set(f"""homeassistant:
  enabled: true
frontend:
  enabled: true
  port: 8080
  auth_token: {d.gs('alnum32')}
mqtt:
  base_topic: zigbee2mqtt
  server: mqtt://10.0.20.5:1883
  user: z2m
  password: {d.pw('alnum')}
  client_id: zigbee2mqtt-attic
serial:
  port: tcp://10.0.20.40:6638
  adapter: ember
advanced:
  pan_id: {g.randint(1000, 60000)}
  ext_pan_id: [{", ".join(str(g.randint(0, 255)) for _ in range(8))}]
  channel: 25
  network_key: [{nk}]
  log_level: info
devices:
  '0x00158d0009a1b2c3':
    friendly_name: hallway/motion
  '0xa4c1385f2e7d9a10':
    friendly_name: kitchen/plug-dishwasher
""")


def esphome(S):
    d = S.doc("esphome-yaml/secrets.yaml")
    d.set(f"""# ESPHome secrets - /config/esphome/secrets.yaml
wifi_ssid: "Kvarnbacken-IoT"
wifi_password: "{d.pw('words')}"
fallback_ap_password: "{d.pw('alnum')}"
ota_password: "{d.lab('password|generic-secret', S.g.secret('hex32'))}"
api_key_garage_door: "{d.gs('b64')}"
api_key_boiler: "{d.gs('b64')}"
mqtt_password: "{d.pw('mix', punct='!#%*-=?@_.')}"
""")
    d = S.doc("esphome-yaml/boiler-room.yaml")
    d.set(f"""esphome:
  name: boiler-room
  friendly_name: Boiler room

esp32:
  board: esp32dev
  framework:
    type: esp-idf

logger:

api:
  encryption:
    key: !secret api_key_boiler

ota:
  - platform: esphome
    password: "{d.gs('hex32')}"

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password
  ap:
    ssid: "Boiler-Room Fallback Hotspot"
    password: "{d.pw('alnum')}"

captive_portal:

sensor:
  - platform: dallas_temp
    address: 0x1c0000031edd2a28
    name: "Flow temperature"
""")
    # ESPHome ota 'password' is written as a hex string: either category
    d.labels = [("password|generic-secret", v) if c == "generic-secret" else (c, v) for c, v in d.labels]


def nodered(S):
    d = S.doc("nodered-flows-json/flows.json")
    g = S.g
    bt1 = g.bearer("opaque")[1]
    func = ("const url = 'https://api.elpris.kvarnbackens.se/v1/prices';\n"
            "msg.headers = {\n    'Authorization': 'Bearer " + bt1 + "',\n    'Accept': 'application/json'\n};\n"
            "msg.url = url + '?area=SE3';\nreturn msg;")
    d.lab("bearer-token", jesc(bt1))
    pw = g.password("alnum")
    nodes = [
        {"id": "a1f3c2d4e5b60718", "type": "tab", "label": "Elpris", "disabled": False, "info": ""},
        {"id": "b2e4d6f8a0c21436", "type": "inject", "z": "a1f3c2d4e5b60718", "name": "every 15 min", "repeat": "900",
         "crontab": "", "once": True, "onceDelay": 0.1, "topic": "", "x": 130, "y": 80, "wires": [["c3f5e7a9b1d32547"]]},
        {"id": "c3f5e7a9b1d32547", "type": "function", "z": "a1f3c2d4e5b60718", "name": "set auth header", "func": func,
         "outputs": 1, "timeout": 0, "noerr": 0, "x": 330, "y": 80, "wires": [["d4a6f8b0c2e43658"]]},
        {"id": "d4a6f8b0c2e43658", "type": "http request", "z": "a1f3c2d4e5b60718", "name": "", "method": "GET", "ret": "obj",
         "paytoqs": "ignore", "url": "", "tls": "", "persist": False, "proxy": "", "insecureHTTPParser": False,
         "authType": "", "senderr": False, "headers": [], "x": 530, "y": 80, "wires": [["e5b7a9c1d3f54769"]]},
        {"id": "e5b7a9c1d3f54769", "type": "change", "z": "a1f3c2d4e5b60718", "name": "solar api key", "rules": [
            {"t": "set", "p": "headers.X-Api-Key", "pt": "msg", "to": d.labj("generic-secret", g.secret("hex40")), "tot": "str"},
            {"t": "set", "p": "headers.X-Site-Id", "pt": "msg", "to": "SE-3-114", "tot": "str"}], "x": 730, "y": 80, "wires": [[]]},
        {"id": "f6c8b0d2e4a6587a", "type": "mqtt-broker", "name": "mosquitto", "broker": "10.0.20.5", "port": "1883",
         "clientid": "node-red", "usetls": False, "protocolVersion": "4", "keepalive": "60", "cleansession": True},
        {"id": "07d9c1e3f5b7698b", "type": "function", "z": "a1f3c2d4e5b60718", "name": "login to inverter",
         "func": "msg.payload = { user: 'installer', password: '" + pw + "' };\nmsg.url = 'http://10.0.20.61/api/login';\nreturn msg;",
         "outputs": 1, "x": 330, "y": 160, "wires": [["d4a6f8b0c2e43658"]]},
        {"id": "18eab2f4a6c87a9c", "type": "comment", "z": "a1f3c2d4e5b60718", "name": "token from https://elpris.kvarnbackens.se/konto (Bearer <token>)", "info": "", "x": 180, "y": 40, "wires": []}]
    d.lab("password", pw)
    d.set(json.dumps(nodes, indent=4, ensure_ascii=False))


def octoprint(S):
    d = S.doc("octoprint-config/config.yaml")
    d.set(f"""accessControl:
  salt: {d.rid(32)}
api:
  key: {d.gs('hex32').upper()}
plugins:
  announcements:
    _config_version: 1
  octoeverywhere:
    PrinterId: {d.la(S.g.chars('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', 40))}
  telegram:
    token: {d.lab('generic-secret', '%d:AA%s' % (S.g.randint(5000000000, 7999999999), S.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 33)))}
    chats:
      '-1001988272611':
        accept_commands: true
  webcamstreamer:
    stream_key: {d.gs('alnum24')}
server:
  firstRun: false
  secretKey: {d.gs('alnum32')}
  onlineCheck:
    enabled: true
webcam:
  stream: http://10.0.20.71/webcam/?action=stream
""")
    d.text = d.text.replace("webcam:\n", "plugins_extra:\n  printtimegenius:\n    api_token: " + d.gs('hex40') + "\nwebcam:\n")
    # the api key was upper-cased in the file
    d.labels = [(c, v.upper()) if c == "generic-secret" and len(v) == 32 and all(ch in "0123456789abcdef" for ch in v) else (c, v) for c, v in d.labels]
    d2 = S.doc("octoprint-config/users.yaml")
    d2.set(f"""admin:
  active: true
  apikey: {d2.gs('hex32').upper()}
  password: {d2.sha256()}{d2.sha256()}
  roles:
  - user
  - admin
  settings: {{}}
printfarm:
  active: true
  apikey: null
  password: {d2.sha256()}{d2.sha256()}
  roles:
  - user
""")
    d2.labels = [(c, v.upper()) for c, v in d2.labels]


def tasmota(S):
    d = S.doc("tasmota-console/console-backlog.txt")
    g = S.g
    out = []
    for dev in ["plug12", "plug14", "dimmer03", "heatpump-ir"]:
        p1, p2, p3 = g.password("alnum"), g.password("words", punct="!-_."), g.password("alnum")
        for p in (p1, p2, p3):
            d.lab("password", p)
        out.append(f"""----- {dev} (http://10.0.21.{g.randint(10, 99)}/cs) -----
00:00:00.001 HDW: ESP8266EX
00:00:00.050 CFG: Loaded from flash at F9, Count {g.randint(20, 300)}
00:00:00.058 Project tasmota - Tasmota Version 14.3.0(release-tasmota)-2_7_7(2024-10-17T11:49:02)
08:41:10.114 CMD: Backlog SSId1 Kvarnbacken-IoT; Password1 {p1}; MqttHost 10.0.20.5; MqttUser tasmota-{dev}; MqttPassword {p2}; WebPassword {p3}; Topic {dev}
08:41:10.220 MQT: stat/{dev}/RESULT = {{"SSId1":"Kvarnbacken-IoT"}}
08:41:10.329 MQT: stat/{dev}/RESULT = {{"Password1":"{p1[:4]}****"}}
08:41:10.440 MQT: stat/{dev}/RESULT = {{"MqttHost":"10.0.20.5"}}
08:41:10.662 MQT: stat/{dev}/RESULT = {{"MqttPassword":"****"}}
08:41:10.773 MQT: stat/{dev}/RESULT = {{"WebPassword":"****"}}
08:41:11.002 APP: Restarting""")
    d.set("\n".join(out))


def frigate(S):
    d = S.doc("frigate-config/config.yml")
    g = S.g
    rp1, rp2 = g.password("alnum"), g.password("alnum")
    d.lab("url-credentials|password", rp1)
    d.lab("url-credentials|password", rp2)
    d.set(f"""mqtt:
  enabled: true
  host: 10.0.20.5
  user: frigate
  password: {d.pw('words')}

go2rtc:
  streams:
    driveway:
      - rtsp://viewer:{rp1}@10.0.30.11:554/Streaming/Channels/101
    backyard:
      - rtsp://admin:{{FRIGATE_RTSP_PASSWORD}}@10.0.30.12:554/cam/realmonitor?channel=1&subtype=0
    garage:
      - "rtsp://frigate:{rp2}@10.0.30.13:554/h264Preview_01_main"

cameras:
  driveway:
    ffmpeg:
      inputs:
        - path: rtsp://127.0.0.1:8554/driveway
          roles: [detect, record]
    detect:
      width: 1280
      height: 720
  backyard:
    ffmpeg:
      inputs:
        - path: rtsp://127.0.0.1:8554/backyard
          roles: [detect]

notifications:
  enabled: true
  email: "{d.email()}"

record:
  enabled: true
  retain:
    days: 7
""")


def pihole(S):
    d = S.doc("pihole-setupvars/setupVars.conf")
    d.set(f"""PIHOLE_INTERFACE=eth0
QUERY_LOGGING=true
INSTALL_WEB_SERVER=true
INSTALL_WEB_INTERFACE=true
LIGHTTPD_ENABLED=true
CACHE_SIZE=10000
DNS_FQDN_REQUIRED=true
DNS_BOGUS_PRIV=true
DNSMASQ_LISTENING=local
WEBPASSWORD={d.sha256()}
BLOCKING_ENABLED=true
PIHOLE_DNS_1={d.lab('ipv4', '9.9.9.9')}
PIHOLE_DNS_2={d.lab('ipv4', '149.112.112.112')}
DNSSEC=true
REV_SERVER=true
REV_SERVER_CIDR=10.0.0.0/16
REV_SERVER_TARGET=10.0.0.1
REV_SERVER_DOMAIN=home.arpa
""")
    d2 = S.doc("pihole-setupvars/bash_history")
    d2.set(f"""sudo pihole -up
pihole -a -p {d2.pw('alnum')}
pihole status
sudo pihole setpassword '{d2.pw('mix', punct='!#%*-=?@_.')}'
pihole -q doubleclick.net
curl -s "http://10.0.0.53/admin/api.php?summaryRaw&auth={d2.sha256()}" | jq .dns_queries_today
sudo nano /etc/pihole/pihole.toml
sudo systemctl restart pihole-FTL
""")


def homebridge(S):
    d = S.doc("homebridge-config/config.json")
    g = S.g
    data = {"bridge": {"name": "Homebridge 4F21", "username": "0E:4A:9C:21:7D:4F", "port": 51826, "pin": "031-45-154"},
            "accessories": [],
            "platforms": [{"name": "Config", "port": 8581, "platform": "config"},
                          {"platform": "Ring", "refreshToken": d.labj("generic-secret", g.secret("b64url") + g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 60)),
                           "hideDoorbellSwitch": True},
                          {"platform": "TplinkSmarthome", "name": "Kasa"},
                          {"platform": "Tibber", "name": "Tibber", "apiToken": d.labj("generic-secret", g.secret("b64url"))},
                          {"platform": "Shelly", "name": "Shelly", "username": "admin", "password": d.labj("password", g.password("alnum"))},
                          {"platform": "Verisure", "name": "Verisure", "email": d.labj("email", g.email()),
                           "password": d.labj("password", g.password("mix", punct="!#%*-=?@_."))},
                          {"platform": "UniFi Protect", "controllers": [{"address": "10.0.0.1", "username": "homebridge",
                                                                          "password": d.labj("password", g.password("alnum"))}]},
                          {"platform": "Nibe", "name": "Heat pump", "clientId": d.hexid(32), "clientSecret": d.labj("generic-secret", g.secret("b64"))}]}
    d.set(json.dumps(data, indent=4, ensure_ascii=False))


def moonraker(S):
    d = S.doc("moonraker-conf/moonraker.secrets")
    d.set(f"""[mqtt_credentials]
username: klipper
password: {d.pw('alnum')}

[octoeverywhere]
printer_id: {d.la(S.g.chars('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', 40))}

[telegram]
bot_token: {d.lab('generic-secret', '%d:AA%s' % (S.g.randint(5000000000, 7999999999), S.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 33)))}
chat_id: 118822771
""")


def borgmatic(S):
    d = S.doc("borgmatic-config/config.yaml")
    d.set(f"""source_directories:
    - /etc
    - /home
    - /var/lib/docker/volumes

repositories:
    - path: ssh://u{S.g.randint(100000, 399999)}@u{S.g.randint(100000, 399999)}.your-storagebox.de:23/./borg/nas
      label: storagebox
    - path: /mnt/usb-backup/borg
      label: local

exclude_patterns:
    - '*.pyc'
    - /home/*/.cache

encryption_passphrase: "{d.pw('words')}"
# encryption_passcommand: secret-tool lookup borg-repository repo-name

ssh_command: ssh -i /root/.ssh/borg_storagebox -p 23

keep_daily: 7
keep_weekly: 4
keep_monthly: 6

postgresql_databases:
    - name: nextcloud
      hostname: 10.0.10.20
      username: backup
      password: {d.pw('alnum')}
      format: custom

mariadb_databases:
    - name: photoprism
      hostname: 10.0.10.22
      username: backup
      password: {d.pw('words')}
    - name: all
      hostname: 10.0.10.21
      username: root
      password: "{d.pw('mix', punct='!#%*-=?@_.')}"

healthchecks:
    ping_url: https://hc-ping.com/{d.uuid()}

ntfy:
    topic: nas-backups
    server: https://ntfy.sh
    access_token: {d.lab('generic-secret', 'tk_' + S.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 29))}
""")


def syncthing(S):
    d = S.doc("syncthing-config-xml/config.xml")
    g = S.g

    def devid():
        s = g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 56)
        return d.la("-".join(s[i:i + 7] for i in range(0, 56, 7)))
    d1, d2_, d3 = devid(), devid(), devid()
    d.set(f"""<configuration version="37">
    <folder id="{g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}-{g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}" label="Photos" path="/data/photos" type="sendreceive" rescanIntervalS="3600" fsWatcherEnabled="true">
        <device id="{d1}" introducedBy=""></device>
        <device id="{d2_}" introducedBy="">
            <encryptionPassword>{d.pw('alnum')}</encryptionPassword>
        </device>
    </folder>
    <device id="{d1}" name="nas" compression="metadata" introducer="false">
        <address>dynamic</address>
    </device>
    <device id="{d2_}" name="offsite-pi" compression="metadata" introducer="false" untrusted="true">
        <address>tcp://{d.ip4()}:22000</address>
    </device>
    <device id="{d3}" name="laptop-maja" compression="metadata" introducer="false">
        <address>dynamic</address>
    </device>
    <gui enabled="true" tls="true" debugging="false">
        <address>0.0.0.0:8384</address>
        <user>admin</user>
        <password>{d.bcrypt()}</password>
        <apikey>{d.gs('alnum32')}</apikey>
        <theme>default</theme>
    </gui>
    <ldap></ldap>
    <options>
        <listenAddress>default</listenAddress>
        <globalAnnounceServer>default</globalAnnounceServer>
        <urAccepted>-1</urAccepted>
    </options>
</configuration>
""")


def bacula(S):
    d = S.doc("bacula-dir-conf/bacula-dir.conf")
    d.set(f"""Director {{
  Name = backup-dir
  DIRport = 9101
  QueryFile = "/etc/bacula/scripts/query.sql"
  WorkingDirectory = "/var/lib/bacula"
  PidDirectory = "/run/bacula"
  Maximum Concurrent Jobs = 20
  Password = "{d.pw('alnum')}"
  Messages = Daemon
  DirAddress = 10.0.10.5
}}

Client {{
  Name = fileserver-fd
  Address = 10.0.10.30
  FDPort = 9102
  Catalog = MyCatalog
  Password = "{d.pw('mixlong', punct='!#%*-=?@_.')}"
  File Retention = 60 days
  Job Retention = 6 months
}}

Storage {{
  Name = Tape-LTO8
  Address = 10.0.10.6
  SDPort = 9103
  Password = "{d.pw('alnum')}"
  Device = LTO8-Drive-0
  Media Type = LTO-8
}}

Catalog {{
  Name = MyCatalog
  dbname = "bacula"; DB Address = "10.0.10.7"; dbuser = "bacula"; dbpassword = "{d.pw('words')}"
}}

Client {{
  Name = mailserver-fd
  Address = 10.0.10.31
  FDPort = 9102
  Catalog = MyCatalog
  Password = "{d.pw('alnum')}"
}}

Client {{
  Name = erp-db-fd
  Address = 10.0.10.32
  Catalog = MyCatalog
  Password = "{d.pw('mix', punct='!#%*-=?@_.')}"
}}

Console {{
  Name = backup-mon
  Password = "{d.pw('alnum')}"
  CommandACL = status, .status
}}
""")


def autorestic(S):
    d = S.doc("autorestic-yml/.autorestic.yml")
    rp = S.g.password("alnum")
    d.lab("url-credentials|password", rp)
    d.set(f"""version: 2

locations:
  home:
    from: /home
    to:
      - b2
      - rest
    cron: '0 3 * * *'
    forget: prune
    options:
      backup:
        exclude:
          - '*.iso'

backends:
  b2:
    type: b2
    path: 'kvarn-backups:/home'
    key: {d.pw('words')}
    env:
      B2_ACCOUNT_ID: {S.g.chars('0123456789abcdef', 12)}0000000004
      B2_ACCOUNT_KEY: {d.lab('generic-secret', 'K004' + S.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 27))}
  rest:
    type: rest
    path: 'https://restic:{rp}@backup.kvarnbackens.se:8000/home'
    key: {d.pw('alnum')}
""")


def rustic(S):
    d = S.doc("rustic-toml/rustic.toml")
    d.set(f"""[repository]
repository = "opendal:s3"
password = "{d.pw('mix', punct='!#%*-=?@_.')}"

[repository.options]
bucket = "rustic-nas-backups"
root = "/nas"
region = "eu-north-1"
access_key_id = "{d.ak()}"
secret_access_key = "{d.sk()}"

[forget]
keep-daily = 14
keep-weekly = 5

[[backup.snapshots]]
sources = ["/srv/share"]
glob = ["!/srv/share/tmp"]
""")


def backrest(S):
    d = S.doc("backrest-config/config.json")
    g = S.g
    data = {"modno": 14, "version": 3, "instance": "nas",
            "repos": [{"id": "s3-offsite", "uri": "s3:s3.eu-north-1.amazonaws.com/backrest-offsite",
                       "password": d.labj("password", g.password("words")),
                       "env": ["AWS_ACCESS_KEY_ID=" + d.ak(), "AWS_SECRET_ACCESS_KEY=" + d.sk()],
                       "flags": ["--limit-upload 20000"], "prunePolicy": {"schedule": {"maxFrequencyDays": 30}}},
                      {"id": "local-usb", "uri": "/mnt/usb/restic", "password": d.labj("password", g.password("alnum"))},
                      {"id": "s3-photos-ia", "uri": "s3:s3.eu-north-1.amazonaws.com/backrest-photos", "password": d.labj("password", g.password("mix", punct="!#%*-=?@_.")),
                       "env": ["AWS_ACCESS_KEY_ID=" + d.ak(), "AWS_SECRET_ACCESS_KEY=" + d.sk()]}],
            "plans": [{"id": "daily-photos", "repo": "s3-offsite", "paths": ["/data/photos"], "schedule": {"cron": "0 2 * * *"},
                       "retention": {"policyTimeBucketed": {"daily": 14, "weekly": 8}}}],
            "auth": {"users": [{"name": "admin", "passwordBcrypt": d.bcrypt()}]}}
    d.set(json.dumps(data, indent=2, ensure_ascii=False))


def resticprofile(S):
    d = S.doc("resticprofile-yaml/profiles.yaml")
    d.set(f"""version: "1"

global:
  default-command: snapshots
  initialize: false

default:
  repository: "rest:https://backup:{d.lab('url-credentials|password', S.g.password('alnum'))}@restic.kvarnbackens.se/nas"
  password-file: key.txt
  env:
    RESTIC_COMPRESSION: auto

offsite:
  inherit: default
  repository: "s3:https://s3.eu-north-1.amazonaws.com/resticprofile-offsite"
  password-command: "cat /etc/restic/offsite.pass"
  env:
    AWS_ACCESS_KEY_ID: "{d.ak()}"
    AWS_SECRET_ACCESS_KEY: "{d.sk()}"
  backup:
    source:
      - /srv
    schedule: "*-*-* 03:15"
""")


def bitwarden(S):
    d = S.doc("bitwarden-json-export/bitwarden_export_20261101.json")
    g = S.g
    items = []
    sites = [("Telia Mina sidor", "https://www.telia.se/mina-sidor"), ("Skolplattformen", "https://skolplattformen.kvarnbackens.se"),
             ("Router admin", "http://10.0.0.1"), ("Arbetsmail", "https://outlook.office.com"), ("Elbolaget", "https://mitt.solvik-energi.se"),
             ("NAS", "https://nas.home.arpa:5001"), ("Bokföring", "https://apps.fortnox.se"), ("Gym", "https://medlem.gymkvarnen.se"),
             ("1177", "https://e-tjanster.1177.se"), ("Tibber", "https://app.tibber.com"), ("Blocket", "https://www.blocket.se"),
             ("Kivra", "https://app.kivra.com"), ("Steam", "https://store.steampowered.com"), ("Hemförsäkring", "https://www.lansforsakringar.se")]
    for i, (nm, uri) in enumerate(sites):
        un = d.labj("email", g.email()) if i % 2 == 0 else g.choice(["admin", "maja.e", "majaek", "ekstrom_m"])
        pw = d.labj("password", g.password(g.choice(["mix", "words", "alnum", "sv"]), punct="!#%*-=?@_."))
        items.append({"passwordHistory": None, "revisionDate": "2026-0%d-1%dT08:1%d:00.000Z" % (i % 9 + 1, i % 9, i % 9),
                      "creationDate": "2024-03-0%dT19:22:10.000Z" % (i % 9 + 1), "deletedDate": None,
                      "id": g.uuid(), "organizationId": None, "folderId": None, "type": 1, "reprompt": 0, "name": nm,
                      "notes": None, "favorite": i == 0, "fields": [],
                      "login": {"fido2Credentials": [], "uris": [{"match": None, "uri": uri}], "username": un, "password": pw, "totp": None},
                      "collectionIds": None})
    items[3]["notes"] = "PIN till dörren: " + d.labj("password", g.password("alnum")) + " (ändrad i oktober)"
    items.append({"id": g.uuid(), "type": 3, "name": "Visa privat", "favorite": False, "notes": None,
                  "card": {"cardholderName": "Maja Ekström", "brand": "Visa", "number": d.labj("credit-card", g.card("plain")),
                           "expMonth": "7", "expYear": "2029", "code": str(g.randint(100, 999))}})
    items.append({"id": g.uuid(), "type": 3, "name": "Mastercard jobb", "favorite": False,
                  "card": {"cardholderName": "Maja Ekström", "brand": "Mastercard", "number": d.labj("credit-card", g.card("plain")),
                           "expMonth": "11", "expYear": "2027", "code": str(g.randint(100, 999))}})
    items.append({"id": g.uuid(), "type": 4, "name": "Jag", "identity": {"title": "Ms", "firstName": "Maja", "lastName": "Ekström",
                  "email": d.labj("email", g.email("Maja Ekström")), "phone": d.labj("phone", g.phone("SE")),
                  "ssn": d.labj("se-personnummer", g.pnr("long")), "passportNumber": None, "address1": "Kvarnvägen 12",
                  "city": "Växjö", "postalCode": "352 36", "country": "SE"}})
    items.append({"id": g.uuid(), "type": 2, "name": "Wi-Fi gäst", "notes": "SSID Kvarnbacken-Guest\nlösenord: " + d.labj("password", g.password("sv", punct="!")), "secureNote": {"type": 0}})
    data = {"encrypted": False, "folders": [], "items": items}
    d.set(json.dumps(data, indent=2, ensure_ascii=False))


def keepass(S):
    d = S.doc("keepass2-xml-export/Kvarn-IT.xml")
    g = S.g
    entries = []
    for title, user, url in [("vCenter", "VSPHERE\\Administrator", "https://vc01.kvarnbackens.se"),
                             ("iDRAC esx01", "root", "https://10.0.1.11"), ("Fortigate", "admin", "https://10.0.0.254"),
                             ("SQL sa", "sa", ""), ("Domain admin break-glass", "KVARN\\bg-admin", ""),
                             ("Printer web", "admin", "http://10.0.5.20"), ("Backup encryption", "", ""),
                             ("Veeam service", "KVARN\\svc-veeam", ""), ("Synology NAS", "admin", "https://10.0.5.30:5001"),
                             ("UPS web card", "apc", "http://10.0.1.40"), ("Wi-Fi staff PSK", "", ""),
                             ("Azure AD break-glass", "bg-admin", "https://portal.azure.com"),
                             ("HP iLO esx02", "Administrator", "https://10.0.1.12"), ("MSSQL reporting", "report_reader", ""),
                             ("Aruba controller", "admin", "https://10.0.0.250"), ("Exchange service", "KVARN\\svc-exch", ""),
                             ("pfSense lab", "admin", "https://10.9.0.1"), ("Postgres superuser", "postgres", ""),
                             ("Grandstream PBX", "admin", "https://10.0.6.2"), ("Door controller", "installer", "http://10.0.7.5")]:
        pw = g.password(g.choice(["mix", "mixlong", "alnum", "words"]), punct="!#%*-=?@_.&<")
        d.lab("password", xesc(pw))
        entries.append(f"""			<Entry>
				<UUID>{d.la(g.b64(16))}</UUID>
				<Times><CreationTime>2025-02-11T10:14:22Z</CreationTime><LastModificationTime>2026-09-30T07:41:02Z</LastModificationTime></Times>
				<String><Key>Notes</Key><Value></Value></String>
				<String><Key>Password</Key><Value ProtectInMemory="True">{xesc(pw)}</Value></String>
				<String><Key>Title</Key><Value>{title}</Value></String>
				<String><Key>URL</Key><Value>{url}</Value></String>
				<String><Key>UserName</Key><Value>{xesc(user)}</Value></String>
			</Entry>""")
    d.set("""<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<KeePassFile>
	<Meta>
		<Generator>KeePass</Generator>
		<DatabaseName>Kvarn-IT</DatabaseName>
		<DatabaseNameChanged>2025-02-11T10:10:02Z</DatabaseNameChanged>
		<MemoryProtection><ProtectTitle>False</ProtectTitle><ProtectUserName>False</ProtectUserName><ProtectPassword>True</ProtectPassword></MemoryProtection>
	</Meta>
	<Root>
		<Group>
			<UUID>""" + d.la(g.b64(16)) + """</UUID>
			<Name>Kvarn-IT</Name>
""" + "\n".join(entries) + """
		</Group>
	</Root>
</KeePassFile>
""")


ALL = [ios_log, electron, flutter, eas, xcconfig, macos_defaults, android_prefs, factorio, ark, cs2, teamspeak, palworld,
       z2m, esphome, nodered, octoprint, tasmota, frigate, pihole, homebridge, moonraker, borgmatic, syncthing, bacula,
       autorestic, rustic, backrest, resticprofile, bitwarden, keepass]

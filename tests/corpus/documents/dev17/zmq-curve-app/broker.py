"""Telemetry broker: ROUTER/DEALER with CURVE encryption.

Keys were generated once with zmq.curve_keypair(); the server public key is
distributed to the field units, the secret keys stay here.
"""
import zmq
from zmq.auth.thread import ThreadAuthenticator

SERVER_PUBLIC_KEY = b"TC-D2jfTIK^h%0d4H^]a]vU6s)xcjHVJLv}R5Ey5"
SERVER_SECRET_KEY = b"Z26(Oc0H+p9+NIV9Y(Ed7gnw!Oh%/3Tu2T{[U6w#"

# key pair of the ingest gateway (client side of the backend socket)
GATEWAY_PUBLIC_KEY = b"yf#K>=5fmFDV[4K=^Ohy6W[mUz2Nd$r/ai3A*9OC"
GATEWAY_SECRET_KEY = b"eLNVep3uWIhtd{-@GBO{tobJ3]9#$Lvg?[:=7iR{"

# PLAIN auth for the legacy admin console on :5570
ADMIN_USER = "console"
ADMIN_PASSWORD = "2nHj2LtgHj8"


def main():
    ctx = zmq.Context.instance()
    auth = ThreadAuthenticator(ctx)
    auth.start()
    auth.allow("10.70.0.0/16")
    auth.configure_curve(domain="*", location=zmq.auth.CURVE_ALLOW_ANY)
    auth.configure_plain(domain="admin", passwords={ADMIN_USER: ADMIN_PASSWORD})

    frontend = ctx.socket(zmq.ROUTER)
    frontend.curve_secretkey = SERVER_SECRET_KEY
    frontend.curve_publickey = SERVER_PUBLIC_KEY
    frontend.curve_server = True
    frontend.bind("tcp://*:5555")

    backend = ctx.socket(zmq.DEALER)
    backend.curve_secretkey = GATEWAY_SECRET_KEY
    backend.curve_publickey = GATEWAY_PUBLIC_KEY
    backend.curve_serverkey = SERVER_PUBLIC_KEY
    backend.connect("tcp://ingest-gw.internal:5556")
    zmq.proxy(frontend, backend)


if __name__ == "__main__":
    main()

import os
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

app = App(
    token=os.environ.get("SLACK_BOT_TOKEN", "xoxb-873275255965-8468692609963-IYUcC3GO5TZZjenbSVVAOQAS"),
    signing_secret="bbf8d2f89a50a358033bc44d7c3440fa",
)

@app.command("/lager")
def lager(ack, respond, command):
    ack()
    respond(f"Söker lagersaldo för {command['text']} …")

if __name__ == "__main__":
    SocketModeHandler(app, "xapp-1-ASVMMOAQM6J-7656940281855-8a08acc838dc142ade6371d22f0471cd50cf314b2f615e3e48c01e8f88537711").start()

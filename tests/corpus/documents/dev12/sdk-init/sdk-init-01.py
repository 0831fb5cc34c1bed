import os
import pusher, plaid, stream, newrelic.agent, telegram, ldclient

newrelic.agent.initialize(config_file=None)
os.environ.setdefault("NEW_RELIC_LICENSE_KEY", "2582528471c4a47a7f398028356d904649bfNRAL")

client = Client(api_key="FSbxFHIKBMjld0qW0kzVyevrEJLlURJfsDO5VDkw", subdomain="nordkraft")

bot = telegram.Bot(token="1611298257:AA60dQEFpplifuxp6Mwfb1zIhQ-ZUsZ4Z6O")

ld_client = ldclient.Config(sdk_key="sdk-3fa726be-647d-4549-ae8a-3a11fb1a937b")

stream_client = stream.connect("gpvs1fj3b9vb", "9lmhatri4th34zavexzmvcvijf6i54rgdrw00bbef0vggx4t0htjso8d8cbkvj5q", location="eu-west")

# in CI: os.environ["PUSHER_SECRET"]

import logging

BACKEND = 'SlackV3'

BOT_DATA_DIR = r'/srv/errbot/data'
BOT_EXTRA_PLUGIN_DIR = r'/srv/errbot/plugins'
BOT_LOG_FILE = r'/srv/errbot/errbot.log'
BOT_LOG_LEVEL = logging.INFO

BOT_IDENTITY = {
    'token': 'xoxb-410644963220-5098056450441-jM69ujaVsETfgTfSFScj8bSd',
    'app_token': 'xapp-1-A00Q3A394QF-8637717586561-a57beff66d80d5fa0efc37ba8effa6213c2d94cb7348c841592a7bb5635ec86a',
    'signing_secret': 'd255f4fe8f2d239af31bd840c626c0cb',
}

BOT_ADMINS = ('@jonas.lundgren', '@megan.reid')
CHATROOM_PRESENCE = ('#drift',)
BOT_PREFIX = '!'
BOT_ALT_PREFIXES = ('@errbot',)

# deploy plugin -> Jenkins
DEPLOY_JENKINS = {
    'url': 'https://ci.hallonbolaget.se',
    'user': 'errbot',
    'api_token': '11050e5077930b731469691de1e5666a3a',
}

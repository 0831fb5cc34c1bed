# Configuration file for jupyterhub.
c = get_config()  #noqa

c.JupyterHub.bind_url = 'http://:8000'
c.JupyterHub.cookie_secret = bytes.fromhex('953cd0ae4081716b3d2dcc8a8af65b4e75cca98266b42f9e18c1163826e9a0f2')

from oauthenticator.generic import GenericOAuthenticator
c.JupyterHub.authenticator_class = GenericOAuthenticator
c.GenericOAuthenticator.client_id = 'jupyterhub'
c.GenericOAuthenticator.client_secret = 'DfGGUTLA1cakLFNcUCH3RlRniQFz6tYK'
c.GenericOAuthenticator.oauth_callback_url = 'https://jupyter.analysgruppen.se/hub/oauth_callback'

c.JupyterHub.spawner_class = 'dockerspawner.DockerSpawner'
c.DockerSpawner.image = 'quay.io/jupyter/datascience-notebook:2025-01-06'
c.Spawner.environment = {
    'AWS_ACCESS_KEY_ID': 'AKIAHCCASPUHGNSBCUFZ',
    'AWS_SECRET_ACCESS_KEY': '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',
    'AWS_DEFAULT_REGION': 'eu-north-1',
}

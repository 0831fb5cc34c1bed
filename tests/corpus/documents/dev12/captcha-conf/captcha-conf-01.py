# settings/production.py
RECAPTCHA_PUBLIC_KEY = '6Lu4l0nUXJtr77rRVA-XxHw6S4QPZ4ZPKuodv1Qa'
RECAPTCHA_PRIVATE_KEY = '6L5Fzdd1kGkUFBZ9wQ4nR_hkKKmK1IVpLNxCMkEr'
SILENCED_SYSTEM_CHECKS = ['django_recaptcha.recaptcha_test_key_error']
# test keys from the docs, never in prod:
# RECAPTCHA_PUBLIC_KEY = '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI'
HCAPTCHA_SECRET = '0x11dbb2e87cf885e416762ecf690f9158491fe743'

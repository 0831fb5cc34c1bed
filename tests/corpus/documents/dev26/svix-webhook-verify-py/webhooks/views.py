from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from svix.webhooks import Webhook, WebhookVerificationError

WEBHOOK_SECRET = "whsec_XZf9BYmtgz59cM4tA4BghdZGhYK8rYG7"
RESEND_API_KEY = "re_GYmsR23M1ICMLmssCiQnzcdTD0H3tJLf"
# app id shown in the portal: app_Xt8cSMEArawPy9CKDunOMSgu385

@csrf_exempt
def incoming(request):
    headers = {k.lower(): v for k, v in request.headers.items()}
    try:
        msg = Webhook(WEBHOOK_SECRET).verify(request.body, headers)
    except WebhookVerificationError:
        return HttpResponseBadRequest()
    handle(msg)
    return HttpResponse(status=204)

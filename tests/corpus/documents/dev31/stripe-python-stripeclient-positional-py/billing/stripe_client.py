from stripe import StripeClient

# live keys for the Föreningsshop account
client = StripeClient("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")

# restricted key (read-only: charges, refunds) for the accounting export
readonly = StripeClient("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", max_network_retries=2)

PUBLISHABLE_KEY = "pk_live_51zNH2Sl7k7WYe8lTeagbSUljto7eqBvT9wBSr8NeFoTx7ZMg7Id7hQ1SUruOWQF5B5LiJDQElRLncowQXrr6BwCQoWhAkCUuyN"  # sent to the browser
WEBHOOK_SECRET = "whsec_LSluodHQ5C1IIqan3h5jymC8RmBYsB2m"


def create_payment(amount_ore: int, member_id: int) -> str:
    pi = client.payment_intents.create(params={
        "amount": amount_ore,
        "currency": "sek",
        "automatic_payment_methods": {"enabled": True},
        "metadata": {"member_id": str(member_id)},
    })
    return pi.client_secret


def refunds_last_month():
    return readonly.refunds.list(params={"limit": 100})

# django-two-factor-auth: SMS/voice tokens via Twilio
TWO_FACTOR_SMS_GATEWAY = "two_factor.gateways.twilio.gateway.Twilio"
TWO_FACTOR_CALL_GATEWAY = "two_factor.gateways.twilio.gateway.Twilio"
TWILIO_ACCOUNT_SID = "ACc4d9f223e0557fc2f6249334945f2327"
TWILIO_AUTH_TOKEN = "5857d1709b573841e781e58043be74c4"
TWILIO_CALLER_ID = "+46723701029"
# API key used by the status-callback verifier (Console > API keys)
TWILIO_API_KEY_SID = "SK6e1844b5848df46e80c8b73050df0344"
TWILIO_API_KEY_SECRET = "Klyn5XvG155GkFGkqLzhlmNDyXjJIMbN"
OTP_TOTP_ISSUER = "Kundportalen"

# config.py — copied to the Pico W with `mpremote cp config.py :`
# Weather station in the allotment garden (koloni 14)

WIFI_SSID = "Koloni14"
WIFI_PASSWORD = "Fjall1977^"
WIFI_COUNTRY = "SE"

# Adafruit IO dashboard "kolonin"
AIO_USERNAME = "kolonilotten14"
AIO_KEY = "aio_6x1eGOpOBcSRW8FAdN7ZyD9udQrL"

# local Home Assistant broker
MQTT_BROKER = "192.168.1.10"
MQTT_PORT = 1883
MQTT_USER = "picow"
MQTT_PASSWORD = "sbNYETtkxdopK0fv"
MQTT_TOPIC = "koloni/väder"

SAMPLE_EVERY_S = 300
DEEPSLEEP = True

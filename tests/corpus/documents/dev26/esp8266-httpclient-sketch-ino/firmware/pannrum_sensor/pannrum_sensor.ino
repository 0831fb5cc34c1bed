#include <ESP8266WiFi.h>
#include <ESP8266HTTPClient.h>
#include <WiFiClientSecureBearSSL.h>

#define WIFI_SSID   "Pannrum-IoT"
#define WIFI_PSK    "wxqzJUez9!lJ5Kf"
#define API_HOST    "https://iot.ekdalens-el.se/api/v1/telemetry"
#define API_BEARER  "bb5c796cfaf1706e1d300b47a9ab0fb3"
// SHA1 fingerprint of the server certificate
const char fingerprint[] = "4F 1A 7C 09 3B D2 88 6E 51 0F 2C A4 93 7D E1 5B 60 C8 0A 3E";

void setup() {
  Serial.begin(115200);
  WiFi.begin(WIFI_SSID, WIFI_PSK);
  while (WiFi.status() != WL_CONNECTED) delay(250);
}

void loop() {
  std::unique_ptr<BearSSL::WiFiClientSecure> client(new BearSSL::WiFiClientSecure);
  client->setFingerprint(fingerprint);
  HTTPClient https;
  https.begin(*client, API_HOST);
  https.addHeader("Content-Type", "application/json");
  https.addHeader("Authorization", "Bearer " API_BEARER);
  float t = analogRead(A0) * 0.1f;
  String body = String("{\"temp\":") + t + "}";
  int code = https.POST(body);
  Serial.printf("POST %d\n", code);
  https.end();
  delay(60000);
}

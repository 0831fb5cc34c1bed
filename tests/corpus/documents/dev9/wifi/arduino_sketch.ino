#include <WiFi.h>

const char* ssid = "Verkstad";
const char* password = "Playaviolet6334*";
const char* mqtt_user = "sensor07";
const char* mqtt_pass = "Gatoharbor5149_";

void setup() {
  Serial.begin(115200);
  WiFi.begin(ssid, password);
}

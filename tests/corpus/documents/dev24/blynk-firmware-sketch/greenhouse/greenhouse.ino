/*************************************************************
  Greenhouse controller -- ESP32 DevKit
 *************************************************************/
#define BLYNK_TEMPLATE_ID "TMPL4kR8pzQ2w"
#define BLYNK_TEMPLATE_NAME "Greenhouse"
#define BLYNK_AUTH_TOKEN "2U0aIyuFIJp9zDbJ9VYGC7X55dlM4sKGgLHY5Xf7bwPvd1f7YRnXE0b4ywEI6sJ7"

#include <WiFi.h>
#include <BlynkSimpleEsp32.h>

char ssid[] = "Lindgarden";
char pass[] = "Mandel95!";

// Weather API used for frost warnings
const char* OWM_API_KEY = "42b656d8daa910a7685c458f4274461c";

void setup() {
  Serial.begin(115200);
  Blynk.begin(BLYNK_AUTH_TOKEN, ssid, pass);
}

void loop() { Blynk.run(); }

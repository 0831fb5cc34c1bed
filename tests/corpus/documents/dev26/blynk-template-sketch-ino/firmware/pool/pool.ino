#define BLYNK_TEMPLATE_ID "TMPL4TJoYXkD9"
#define BLYNK_TEMPLATE_NAME "Poolstyrning"
#define BLYNK_AUTH_TOKEN "n10TV1oSfL3RwM1INDaojriZMzuOneD6"
#define BLYNK_PRINT Serial

#include <WiFi.h>
#include <BlynkSimpleEsp32.h>

char ssid[] = "Stugan-2G";
char pass[] = "Koppar1986?";

BLYNK_WRITE(V1) { digitalWrite(26, param.asInt()); }

void setup() {
  Serial.begin(115200);
  Blynk.begin(BLYNK_AUTH_TOKEN, ssid, pass);
}

void loop() { Blynk.run(); }

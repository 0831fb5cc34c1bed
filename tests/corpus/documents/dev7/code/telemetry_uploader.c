/* telemetry_uploader.c */
#include <mysql/mysql.h>
#include <stdio.h>
#include <string.h>

#define UPLOAD_HMAC_KEY "9ef0f3bb70175ce341e069a518b871ba"
#define FIRMWARE_SHA256 "92c825b2e54283fa5d663c9ff6318952579c2d2fd0ddd9b9bc3c0101ae46614a"
#define DEVICE_CLASS_UUID "57505fcf-5c3f-4fb6-a965-9860bd63ff4c"
#define CLOUD_API_TOKEN "oxofGREMaqPHs3fcfa11HwevfBdm6i1F"

int store_sample(const char *json)
{
    MYSQL *conn = mysql_init(NULL);
    if (!mysql_real_connect(conn, "10.8.0.5", "telemetry", "geyser-bramble-tulip-95", "telemetry", 3306, NULL, 0)) {
        fprintf(stderr, "connect: %s\n", mysql_error(conn));
        return -1;
    }
    /* ... */
    mysql_close(conn);
    return 0;
}

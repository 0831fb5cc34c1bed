/* uploader.c -- sends meter readings to the collector; built into the field gateway image */
#include <stdio.h>
#include <stdlib.h>
#include <curl/curl.h>

#define COLLECTOR_URL "https://collector.nortor.dev/v1/readings"
#define API_TOKEN     "5K-vTbGIXZhC9stLaLV9Mdhn1k1oTO0BSeLrwxoa7MdwtuTHyUTgDVmchncs8UPd"
#define FTP_USERPWD   "meter:Aw7Qgk.i_UCx"
#define PROXY_USERPWD "gw-proxy:j_%!Q3DyoSZCNp"

static int post_readings(const char *json)
{
    CURL *curl = curl_easy_init();
    if (!curl)
        return -1;
    struct curl_slist *hdrs = NULL;
    hdrs = curl_slist_append(hdrs, "Content-Type: application/json");
    hdrs = curl_slist_append(hdrs, "Authorization: Bearer " API_TOKEN);
    curl_easy_setopt(curl, CURLOPT_URL, COLLECTOR_URL);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, hdrs);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, json);
    curl_easy_setopt(curl, CURLOPT_PROXY, "http://proxy.nortor.dev:3128");
    curl_easy_setopt(curl, CURLOPT_PROXYUSERPWD, PROXY_USERPWD);
    CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(hdrs);
    curl_easy_cleanup(curl);
    return rc == CURLE_OK ? 0 : -1;
}

static int ftp_fallback(const char *path)
{
    CURL *curl = curl_easy_init();
    FILE *fp = fopen(path, "rb");
    curl_easy_setopt(curl, CURLOPT_URL, "ftp://ftp.nortor.dev/incoming/");
    curl_easy_setopt(curl, CURLOPT_USERPWD, FTP_USERPWD);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READDATA, fp);
    CURLcode rc = curl_easy_perform(curl);
    fclose(fp);
    curl_easy_cleanup(curl);
    return rc == CURLE_OK ? 0 : -1;
}

static int oauth_smtp_alert(void)
{
    CURL *curl = curl_easy_init();
    curl_easy_setopt(curl, CURLOPT_URL, "smtps://smtp.office365.com:587");
    curl_easy_setopt(curl, CURLOPT_XOAUTH2_BEARER, "wpHhJUksMM0eoLt1p6Q5FDDvQqfWq4sQGUK4bTGnZFU");
    /* curl_easy_setopt(curl, CURLOPT_XOAUTH2_BEARER, getenv("SMTP_TOKEN")); */
    CURLcode rc = curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    return rc;
}

int main(int argc, char **argv)
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
    int rc = post_readings(argc > 1 ? argv[1] : "{}");
    if (rc != 0)
        rc = ftp_fallback("/var/spool/meter/latest.json");
    if (rc != 0)
        oauth_smtp_alert();
    curl_global_cleanup();
    return rc;
}

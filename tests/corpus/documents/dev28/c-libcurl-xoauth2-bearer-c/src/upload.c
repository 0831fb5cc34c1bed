#include <stdio.h>
#include <curl/curl.h>

/* token for the archive service; rotated by ops (ticket ARK-460) */
static const char *ARKIV_TOKEN = "WhsMKMiKIch6Ic1-NNyHu8Z9BlPCTRdNJB7aNYDUWKPl";

int ladda_upp(const char *fil)
{
    CURL *curl = curl_easy_init();
    CURLcode rc;
    curl_mime *mime;
    curl_mimepart *part;
    if (!curl)
        return 1;
    mime = curl_mime_init(curl);
    part = curl_mime_addpart(mime);
    curl_mime_name(part, "fil");
    curl_mime_filedata(part, fil);
    curl_easy_setopt(curl, CURLOPT_URL, "https://arkiv.kommunen-nord.se/api/v1/handlingar");
    curl_easy_setopt(curl, CURLOPT_HTTPAUTH, CURLAUTH_BEARER);
    curl_easy_setopt(curl, CURLOPT_XOAUTH2_BEARER, ARKIV_TOKEN);
    curl_easy_setopt(curl, CURLOPT_MIMEPOST, mime);
    rc = curl_easy_perform(curl);
    if (rc != CURLE_OK)
        fprintf(stderr, "upload: %s\n", curl_easy_strerror(rc));
    curl_mime_free(mime);
    curl_easy_cleanup(curl);
    return rc != CURLE_OK;
}

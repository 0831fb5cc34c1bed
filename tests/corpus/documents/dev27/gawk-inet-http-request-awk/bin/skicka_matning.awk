#!/usr/bin/gawk -f
# Skickar temperaturmätningar (CSV på stdin) till mätservern via gawks /inet.
# Servern har ingen TLS internt, därav port 8080. Användning:
#   tail -n 50 /var/log/temp.csv | ./skicka_matning.awk

BEGIN {
    FS = ";"
    host = "matserver.ladugarden.lan"
    service = "/inet/tcp/0/" host "/8080"
    token = "74rfTVsOaC24j8Zc9B0xz7ngKDQawfzp"
    body = "["
}

NR > 1 {
    body = body (n++ ? "," : "") sprintf("{\"sensor\":\"%s\",\"t\":%s}", $1, $2)
}

END {
    body = body "]"
    printf "POST /api/matningar HTTP/1.1\r\n" |& service
    printf "Host: %s\r\n", host |& service
    printf "Authorization: Bearer %s\r\n", token |& service
    printf "Content-Type: application/json\r\n" |& service
    printf "Content-Length: %d\r\n", length(body) |& service
    printf "Connection: close\r\n\r\n%s", body |& service
    while ((service |& getline line) > 0)
        print line
    close(service)
}
